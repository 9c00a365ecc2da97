-- CreateTable
CREATE TABLE "SupportTreeKindRollup" (
    "placeId" UUID NOT NULL,
    "placeLevel" "PlaceLevel" NOT NULL,
    "agencyKind" "AgencyKind" NOT NULL,
    "year" SMALLINT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportTreeKindRollup_pkey" PRIMARY KEY ("placeId","agencyKind","year")
);

-- CreateIndex
CREATE INDEX "SupportTreeKindRollup_placeLevel_agencyKind_year_idx" ON "SupportTreeKindRollup"("placeLevel", "agencyKind", "year");

-- "SupportTreeKindRollup" holds the support led by each kind of agency in the subtree of each
-- province, district and commune per year ("SupportYearRollup" summed over "PlaceClosure" to the
-- unit and over the agencies of each kind). A summary by district or commune (and year) grouped or
-- filtered by agency kind reads a kind's share of ~330,000 rows nationally instead of the year
-- rollup's 400,000 joined to their agencies and communes (agency kind ENTERPRISE by commune and
-- year: 330–440 ms, now about 130). What lies under no unit of a level is "SupportKindRollup" less
-- that level's rows.
-- Kept in the same transaction as every write by statement triggers: on "SupportYearRollup" (an
-- activity's change), on "PlaceClosure" (a unit moved, merged or split), on "Agency" (a change of
-- kind moves the agency's sums). Rows at 0 are deleted. Updated in place on every activity write,
-- so its pages keep room (fill factor 70). Function bodies are E'' strings with \x3b for their
-- semicolons, as in migration support_reach.
ALTER TABLE "SupportTreeKindRollup" SET (fillfactor = 70);

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_tree_kind_add(place_ids uuid[], levels "PlaceLevel"[], kinds "AgencyKind"[], years smallint[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportTreeKindRollup" AS t ("placeId", "placeLevel", "agencyKind", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, min(d.level), d.kind, d.year, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, levels, kinds, years, counts, vals, bens) AS d(place_id, level, kind, year, n, v, b)
    GROUP BY d.place_id, d.kind, d.year
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 3, 4
    ON CONFLICT ("placeId", "agencyKind", "year") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportTreeKindRollup" t
      USING unnest(place_ids, kinds, years) AS d(place_id, kind, year)
      WHERE t."placeId" = d.place_id AND t."agencyKind" = d.kind AND t."year" = d.year AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

-- Year-rollup rows (signed) at the province, district and commune above them, with their agencies' kinds.
CREATE FUNCTION support_tree_kind_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_kind_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" IN (''PROVINCE'', ''DISTRICT'', ''COMMUNE'')
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_kind_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_kind_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(a."kind"), array_agg(r."year"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "agencyId", "year", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "agencyId", "year", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" IN (''PROVINCE'', ''DISTRICT'', ''COMMUNE'')
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_kind_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_kind_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(a."kind"), array_agg(r."year"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" IN (''PROVINCE'', ''DISTRICT'', ''COMMUNE'')
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_kind_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeKindRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_tree_kind_insert AFTER INSERT ON "SupportYearRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_insert();

CREATE TRIGGER support_tree_kind_update AFTER UPDATE ON "SupportYearRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_update();

CREATE TRIGGER support_tree_kind_delete AFTER DELETE ON "SupportYearRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_delete();

CREATE TRIGGER support_tree_kind_truncate AFTER TRUNCATE ON "SupportYearRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_truncate();

-- A place that comes under a unit, or leaves one, takes its year-rollup rows with it.
CREATE FUNCTION support_tree_kind_after_closure_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_kind_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows c
    JOIN "SupportYearRollup" r ON r."placeId" = c."descendantId"
    JOIN "Agency" a ON a.id = r."agencyId"
    WHERE c."ancestorLevel" IN (''PROVINCE'', ''DISTRICT'', ''COMMUNE'')\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_kind_after_closure_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_kind_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(a."kind"), array_agg(r."year"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows c
    JOIN "SupportYearRollup" r ON r."placeId" = c."descendantId"
    JOIN "Agency" a ON a.id = r."agencyId"
    WHERE c."ancestorLevel" IN (''PROVINCE'', ''DISTRICT'', ''COMMUNE'')\x3b
    RETURN NULL\x3b
  END';

CREATE TRIGGER support_tree_kind_closure_insert AFTER INSERT ON "PlaceClosure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_closure_insert();

CREATE TRIGGER support_tree_kind_closure_delete AFTER DELETE ON "PlaceClosure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_closure_delete();

CREATE TRIGGER support_tree_kind_closure_truncate AFTER TRUNCATE ON "PlaceClosure"
  FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_truncate();

-- An agency that changes kind takes its sums from the old kind to the new one.
CREATE FUNCTION support_tree_kind_after_agency_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_kind_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(k.kind), array_agg(r."year"), array_agg(k.sign * r."activityCount"), array_agg(k.sign * r."valueVnd"), array_agg(k.sign * r."beneficiaryCount"))
    FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.kind <> n.kind
    CROSS JOIN LATERAL (VALUES (n.kind, 1::bigint), (o.kind, -1::bigint)) AS k(kind, sign)
    JOIN "SupportYearRollup" r ON r."agencyId" = n.id
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" IN (''PROVINCE'', ''DISTRICT'', ''COMMUNE'')\x3b
    RETURN NULL\x3b
  END';

CREATE TRIGGER support_tree_kind_agency_update AFTER UPDATE ON "Agency"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_kind_after_agency_update();

-- The rows already there.
INSERT INTO "SupportTreeKindRollup" ("placeId", "placeLevel", "agencyKind", "year", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", min(c."ancestorLevel"), a."kind", r."year", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportYearRollup" r
JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" IN ('PROVINCE', 'DISTRICT', 'COMMUNE')
JOIN "Agency" a ON a.id = r."agencyId"
GROUP BY c."ancestorId", a."kind", r."year";
