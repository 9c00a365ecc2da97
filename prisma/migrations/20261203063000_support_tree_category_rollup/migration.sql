-- CreateTable
CREATE TABLE "SupportTreeCategoryRollup" (
    "placeId" UUID NOT NULL,
    "placeLevel" "PlaceLevel" NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportTreeCategoryRollup_pkey" PRIMARY KEY ("placeId","year","category","fundingSource")
);

-- CreateTable
CREATE TABLE "SupportLevelCategoryRollup" (
    "placeLevel" "PlaceLevel" NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportLevelCategoryRollup_pkey" PRIMARY KEY ("placeLevel","year","category","fundingSource")
);

-- CreateIndex
CREATE INDEX "SupportTreeCategoryRollup_placeLevel_year_idx" ON "SupportTreeCategoryRollup"("placeLevel", "year");

-- CreateIndex
CREATE INDEX "SupportTreeCategoryRollup_placeLevel_category_idx" ON "SupportTreeCategoryRollup"("placeLevel", "category");

-- "SupportTreeCategoryRollup" holds, for each province, district and commune, the support of its
-- whole subtree per year, category and funding source: "SupportRollup" summed over "PlaceClosure"
-- (villages left out: no summary groups by them). A summary by a place level and category or
-- funding source, or filtered by them, reads one row per unit, year, category and funding source
-- instead of looking up the unit of every month-rollup row (1.9 million on the national data).
-- "SupportLevelCategoryRollup" holds its sums per level (the support under some unit of the level),
-- so the support under none (the national month rollup less those) takes a few hundred rows, not a
-- second pass over the units.
-- The trigger functions of "SupportRollup" (migration support_category_rollup) and of "PlaceClosure"
-- (support_tree_and_agency_rollups) now apply each change to it too, in the same transaction, as
-- they do to "SupportCategoryRollup" and "SupportTreeRollup": no more trigger calls on a write.
-- Rows whose count falls to 0 are deleted. Updated in place on every activity write, so its pages
-- keep room (fill factor 70). Function bodies are E'' strings with \x3b for their semicolons (the
-- driver adapter splits migration scripts on semicolons).
ALTER TABLE "SupportTreeCategoryRollup" SET (fillfactor = 70);
ALTER TABLE "SupportLevelCategoryRollup" SET (fillfactor = 70);

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_tree_category_add(place_ids uuid[], levels "PlaceLevel"[], years smallint[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportTreeCategoryRollup" AS t ("placeId", "placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, d.level, d.year, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, levels, years, categories, funding_sources, counts, vals, bens) AS d(place_id, level, year, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 3, 4, 5
    ON CONFLICT ("placeId", "year", "category", "fundingSource") DO UPDATE SET
      "placeLevel" = excluded."placeLevel",
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    INSERT INTO "SupportLevelCategoryRollup" AS t ("placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.level, d.year, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(levels, years, categories, funding_sources, counts, vals, bens) AS d(level, year, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("placeLevel", "year", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportLevelCategoryRollup" t
      USING unnest(levels, years, categories, funding_sources) AS d(level, year, category, funding_source)
      WHERE t."placeLevel" = d.level AND t."year" = d.year AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
      DELETE FROM "SupportTreeCategoryRollup" t
      USING unnest(place_ids, years, categories, funding_sources) AS d(place_id, year, category, funding_source)
      WHERE t."placeId" = d.place_id AND t."year" = d.year AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r\x3b
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "month", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "month", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r\x3b
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "year", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "year", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r\x3b
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportCategoryRollup", "SupportTreeCategoryRollup", "SupportLevelCategoryRollup"\x3b RETURN NULL\x3b END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_closure_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows c JOIN "SupportYearRollup" y ON y."placeId" = c."descendantId"\x3b
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows c JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    WHERE c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_closure_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows c JOIN "SupportYearRollup" y ON y."placeId" = c."descendantId"\x3b
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows c JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    WHERE c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeRollup", "SupportTreeCategoryRollup", "SupportLevelCategoryRollup"\x3b RETURN NULL\x3b END';

-- The rows already there.
INSERT INTO "SupportTreeCategoryRollup" ("placeId", "placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", c."ancestorLevel", r."year", r."category", r."fundingSource", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> 'VILLAGE'
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "SupportLevelCategoryRollup" ("placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeLevel", "year", "category", "fundingSource", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportTreeCategoryRollup"
GROUP BY 1, 2, 3, 4;

ANALYZE "SupportTreeCategoryRollup", "SupportLevelCategoryRollup";
