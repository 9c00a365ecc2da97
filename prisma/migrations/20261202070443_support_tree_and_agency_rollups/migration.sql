-- CreateTable
CREATE TABLE "SupportTreeRollup" (
    "placeId" UUID NOT NULL,
    "placeLevel" "PlaceLevel" NOT NULL,
    "year" SMALLINT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportTreeRollup_pkey" PRIMARY KEY ("placeId","year")
);

-- CreateTable
CREATE TABLE "SupportAgencyRollup" (
    "agencyId" UUID NOT NULL,
    "year" SMALLINT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportAgencyRollup_pkey" PRIMARY KEY ("agencyId","year")
);

-- CreateIndex
CREATE INDEX "SupportTreeRollup_placeLevel_year_idx" ON "SupportTreeRollup"("placeLevel", "year");

-- CreateIndex
CREATE INDEX "SupportAgencyRollup_year_idx" ON "SupportAgencyRollup"("year");

-- "SupportAgencyRollup" holds each agency's support per year, all places together, and the triggers
-- on "SupportYearRollup" below keep it too.
-- "SupportTreeRollup" holds, for each place and year, the support of the place and every unit below
-- it: "SupportYearRollup" summed over "PlaceClosure". Triggers on both keep it exact in the same
-- transaction: a change of a place's own sums is added to each of its ancestors (and itself), and a
-- closure pair gained or lost adds or takes away the descendant's own sums at the ancestor. Rows
-- whose count falls to 0, or whose place is deleted, are deleted. A place's level is copied in (a
-- change of level rewrites its closure rows, and so its rows here). Function bodies are E'' strings
-- with \x3b for their semicolons (the driver adapter splits migration scripts on semicolons).
CREATE FUNCTION support_tree_rollup_add(place_ids uuid[], years smallint[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE sql
  AS E'
    INSERT INTO "SupportTreeRollup" AS t ("placeId", "placeLevel", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, p.level, d.year, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, years, counts, vals, bens) AS d(place_id, year, n, v, b)
    JOIN "Place" p ON p.id = d.place_id
    GROUP BY 1, 2, 3
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 3
    ON CONFLICT ("placeId", "year") DO UPDATE SET
      "placeLevel" = excluded."placeLevel",
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportTreeRollup" t USING unnest(place_ids, years) AS d(place_id, year)
    WHERE t."placeId" = d.place_id AND t."year" = d.year
      AND (t."activityCount" = 0 OR NOT EXISTS (SELECT 1 FROM "Place" p WHERE p.id = t."placeId"))\x3b
  ';

CREATE FUNCTION support_agency_rollup_add(agency_ids uuid[], years smallint[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE sql
  AS E'
    INSERT INTO "SupportAgencyRollup" AS t ("agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.agency_id, d.year, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(agency_ids, years, counts, vals, bens) AS d(agency_id, year, n, v, b)
    GROUP BY 1, 2
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2
    ON CONFLICT ("agencyId", "year") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportAgencyRollup" t USING unnest(agency_ids, years) AS d(agency_id, year)
    WHERE t."agencyId" = d.agency_id AND t."year" = d.year AND t."activityCount" = 0\x3b
  ';

CREATE FUNCTION support_tree_rollup_after_year_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows y JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"\x3b
    PERFORM support_agency_rollup_add(array_agg(y."agencyId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows y\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_rollup_after_year_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y.n), array_agg(y.v), array_agg(y.b))
    FROM (SELECT "placeId", "year", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "year", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) y
    JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"\x3b
    PERFORM support_agency_rollup_add(array_agg(y."agencyId"), array_agg(y."year"), array_agg(y.n), array_agg(y.v), array_agg(y.b))
    FROM (SELECT "agencyId", "year", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "agencyId", "year", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) y\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_rollup_after_year_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows y JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"\x3b
    PERFORM support_agency_rollup_add(array_agg(y."agencyId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows y\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_rollup_after_closure_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows c JOIN "SupportYearRollup" y ON y."placeId" = c."descendantId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_rollup_after_closure_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows c JOIN "SupportYearRollup" y ON y."placeId" = c."descendantId"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeRollup"\x3b RETURN NULL\x3b END';

CREATE FUNCTION support_year_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeRollup", "SupportAgencyRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_tree_rollup_year_insert AFTER INSERT ON "SupportYearRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_rollup_after_year_insert();

CREATE TRIGGER support_tree_rollup_year_update AFTER UPDATE ON "SupportYearRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_rollup_after_year_update();

CREATE TRIGGER support_tree_rollup_year_delete AFTER DELETE ON "SupportYearRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_rollup_after_year_delete();

CREATE TRIGGER support_tree_rollup_year_truncate AFTER TRUNCATE ON "SupportYearRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_year_rollup_after_truncate();

CREATE TRIGGER support_tree_rollup_closure_insert AFTER INSERT ON "PlaceClosure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_rollup_after_closure_insert();

CREATE TRIGGER support_tree_rollup_closure_delete AFTER DELETE ON "PlaceClosure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_rollup_after_closure_delete();

CREATE TRIGGER support_tree_rollup_closure_truncate AFTER TRUNCATE ON "PlaceClosure"
  FOR EACH STATEMENT EXECUTE FUNCTION support_tree_rollup_after_truncate();

-- The rows already there.
INSERT INTO "SupportTreeRollup" ("placeId", "placeLevel", "year", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", c."ancestorLevel", y."year", sum(y."activityCount")::int, sum(y."valueVnd")::bigint, sum(y."beneficiaryCount")::bigint
FROM "SupportYearRollup" y JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"
GROUP BY 1, 2, 3;

INSERT INTO "SupportAgencyRollup" ("agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "agencyId", "year", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportYearRollup"
GROUP BY 1, 2;

ANALYZE "SupportTreeRollup", "SupportAgencyRollup";
