-- CreateTable
CREATE TABLE "SupportProvinceKindRollup" (
    "placeId" UUID NOT NULL,
    "agencyKind" "AgencyKind" NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportProvinceKindRollup_pkey" PRIMARY KEY ("placeId","agencyKind","year","category","fundingSource")
);

-- CreateIndex
CREATE INDEX "SupportProvinceKindRollup_agencyKind_year_idx" ON "SupportProvinceKindRollup"("agencyKind", "year");

-- "SupportProvinceKindRollup" holds the support led by each kind of agency in each province's
-- subtree per year, category and funding source ("SupportRollup" summed over "PlaceClosure" to the
-- province and over the agencies of each kind). A summary by province with a category or funding
-- source, grouped or filtered by agency kind, reads ~300,000 rows nationally (a kind's share of
-- them through the index) instead of the month rollup's 1.9 million joined to their agencies and
-- provinces (agency kind ENTERPRISE by province and category: about 1 s, now about 0.1 s). What lies
-- under no province is "SupportKindRollup" less these rows.
-- Kept in the same transaction as every write by statement triggers: on "SupportRollup" (an
-- activity's change), on "PlaceClosure" (a unit moved, merged or split), on "Agency" (a change of
-- kind moves the agency's sums). Rows at 0 are deleted. Updated in place on every activity write,
-- so its pages keep room (fill factor 70). Function bodies are E'' strings with \x3b for their
-- semicolons, as in migration support_reach.
ALTER TABLE "SupportProvinceKindRollup" SET (fillfactor = 70);

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_province_kind_add(place_ids uuid[], kinds "AgencyKind"[], years smallint[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportProvinceKindRollup" AS t ("placeId", "agencyKind", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, d.kind, d.year, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, kinds, years, categories, funding_sources, counts, vals, bens) AS d(place_id, kind, year, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("placeId", "agencyKind", "year", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportProvinceKindRollup" t
      USING unnest(place_ids, kinds, years, categories, funding_sources) AS d(place_id, kind, year, category, funding_source)
      WHERE t."placeId" = d.place_id AND t."agencyKind" = d.kind AND t."year" = d.year AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

-- Month-rollup rows (signed) at their provinces, with their agencies' kinds.
CREATE FUNCTION support_province_kind_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_kind_add(array_agg(c."ancestorId"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_kind_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_kind_add(array_agg(c."ancestorId"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "agencyId", "year", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "agencyId", "year", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_kind_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_kind_add(array_agg(c."ancestorId"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_kind_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportProvinceKindRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_province_kind_insert AFTER INSERT ON "SupportRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_insert();

CREATE TRIGGER support_province_kind_update AFTER UPDATE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_update();

CREATE TRIGGER support_province_kind_delete AFTER DELETE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_delete();

CREATE TRIGGER support_province_kind_truncate AFTER TRUNCATE ON "SupportRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_truncate();

-- A place that comes under a province, or leaves one, takes its month-rollup rows with it.
CREATE FUNCTION support_province_kind_after_closure_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_kind_add(array_agg(c."ancestorId"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows c
    JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    JOIN "Agency" a ON a.id = r."agencyId"
    WHERE c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_kind_after_closure_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_kind_add(array_agg(c."ancestorId"), array_agg(a."kind"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows c
    JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    JOIN "Agency" a ON a.id = r."agencyId"
    WHERE c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE TRIGGER support_province_kind_closure_insert AFTER INSERT ON "PlaceClosure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_closure_insert();

CREATE TRIGGER support_province_kind_closure_delete AFTER DELETE ON "PlaceClosure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_closure_delete();

CREATE TRIGGER support_province_kind_closure_truncate AFTER TRUNCATE ON "PlaceClosure"
  FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_truncate();

-- An agency that changes kind takes its sums from the old kind to the new one.
CREATE FUNCTION support_province_kind_after_agency_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_kind_add(array_agg(c."ancestorId"), array_agg(k.kind), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(k.sign * r."activityCount"), array_agg(k.sign * r."valueVnd"), array_agg(k.sign * r."beneficiaryCount"))
    FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.kind <> n.kind
    CROSS JOIN LATERAL (VALUES (n.kind, 1::bigint), (o.kind, -1::bigint)) AS k(kind, sign)
    JOIN "SupportRollup" r ON r."agencyId" = n.id
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE TRIGGER support_province_kind_agency_update AFTER UPDATE ON "Agency"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_kind_after_agency_update();

-- The rows already there.
INSERT INTO "SupportProvinceKindRollup" ("placeId", "agencyKind", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", a."kind", r."year", r."category", r."fundingSource", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r
JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = 'PROVINCE'
JOIN "Agency" a ON a.id = r."agencyId"
GROUP BY 1, 2, 3, 4, 5;

ANALYZE "SupportProvinceKindRollup";
