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

-- CreateTable
CREATE TABLE "SupportKindRollup" (
    "agencyKind" "AgencyKind" NOT NULL,
    "month" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportKindRollup_pkey" PRIMARY KEY ("agencyKind","month","category","fundingSource")
);

-- CreateTable
CREATE TABLE "SupportTreeMonthRollup" (
    "placeId" UUID NOT NULL,
    "placeLevel" "PlaceLevel" NOT NULL,
    "month" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportTreeMonthRollup_pkey" PRIMARY KEY ("placeId","month")
);

-- CreateTable
CREATE TABLE "SupportLevelMonthRollup" (
    "placeLevel" "PlaceLevel" NOT NULL,
    "month" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportLevelMonthRollup_pkey" PRIMARY KEY ("placeLevel","month")
);

-- CreateIndex
CREATE INDEX "SupportTreeMonthRollup_placeLevel_month_idx" ON "SupportTreeMonthRollup"("placeLevel", "month");

-- Three families of rollups, kept in the same transaction as every write by the trigger functions
-- that "SupportRollup" (migration support_category_rollup) and "PlaceClosure"
-- (support_tree_and_agency_rollups) already call, so a write makes no more trigger calls:
-- - "SupportTreeCategoryRollup" holds, for each province, district and commune, the support of its
--   whole subtree per year, category and funding source, and "SupportTreeMonthRollup" per month
--   ("SupportRollup" summed over "PlaceClosure", villages left out: no summary groups by them). A
--   summary by a place level with a category or funding source, or over months that are not whole
--   years, reads one row per unit and year or month instead of looking up the unit of every
--   month-rollup row (1.9 million on the national data).
-- - "SupportLevelCategoryRollup" and "SupportLevelMonthRollup" hold their sums per level (the
--   support under some unit of the level), so the support under none (the national month rollup
--   less those) takes a few hundred rows, not a second pass over the units.
-- - "SupportKindRollup" holds the support led by each kind of agency per month, category and
--   funding source, all places together: a summary by agency kind, or filtered by it, with a
--   category, a funding source or months in it reads a few rows per kind and month. A trigger on
--   "Agency" moves an agency's sums when its kind changes.
-- support_tree_add applies a change to the four subtree tables, support_kind_rollup_add to the
-- kind rollup. Rows whose count falls to 0 are deleted. Updated in place on every activity write,
-- so their pages keep room (fill factor 70). Function bodies are E'' strings with \x3b for their
-- semicolons (the driver adapter splits migration scripts on semicolons).
ALTER TABLE "SupportTreeCategoryRollup" SET (fillfactor = 70);
ALTER TABLE "SupportLevelCategoryRollup" SET (fillfactor = 70);
ALTER TABLE "SupportTreeMonthRollup" SET (fillfactor = 70);
ALTER TABLE "SupportLevelMonthRollup" SET (fillfactor = 70);
ALTER TABLE "SupportKindRollup" SET (fillfactor = 70);

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_tree_add(place_ids uuid[], levels "PlaceLevel"[], months date[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportTreeCategoryRollup" AS t ("placeId", "placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, d.level, extract(year FROM d.month)::smallint, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, levels, months, categories, funding_sources, counts, vals, bens) AS d(place_id, level, month, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 3, 4, 5
    ON CONFLICT ("placeId", "year", "category", "fundingSource") DO UPDATE SET
      "placeLevel" = excluded."placeLevel",
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    INSERT INTO "SupportLevelCategoryRollup" AS t ("placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.level, extract(year FROM d.month)::smallint, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(levels, months, categories, funding_sources, counts, vals, bens) AS d(level, month, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("placeLevel", "year", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    INSERT INTO "SupportTreeMonthRollup" AS t ("placeId", "placeLevel", "month", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, d.level, d.month, extract(year FROM d.month)::smallint, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, levels, months, counts, vals, bens) AS d(place_id, level, month, n, v, b)
    GROUP BY 1, 2, 3
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 3
    ON CONFLICT ("placeId", "month") DO UPDATE SET
      "placeLevel" = excluded."placeLevel",
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    INSERT INTO "SupportLevelMonthRollup" AS t ("placeLevel", "month", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.level, d.month, extract(year FROM d.month)::smallint, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(levels, months, counts, vals, bens) AS d(level, month, n, v, b)
    GROUP BY 1, 2
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2
    ON CONFLICT ("placeLevel", "month") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportLevelCategoryRollup" t
      USING unnest(levels, months, categories, funding_sources) AS d(level, month, category, funding_source)
      WHERE t."placeLevel" = d.level AND t."year" = extract(year FROM d.month)::smallint AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
      DELETE FROM "SupportTreeCategoryRollup" t
      USING unnest(place_ids, months, categories, funding_sources) AS d(place_id, month, category, funding_source)
      WHERE t."placeId" = d.place_id AND t."year" = extract(year FROM d.month)::smallint AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
      DELETE FROM "SupportLevelMonthRollup" t
      USING unnest(levels, months) AS d(level, month)
      WHERE t."placeLevel" = d.level AND t."month" = d.month AND t."activityCount" = 0\x3b
      DELETE FROM "SupportTreeMonthRollup" t
      USING unnest(place_ids, months) AS d(place_id, month)
      WHERE t."placeId" = d.place_id AND t."month" = d.month AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

CREATE FUNCTION support_kind_rollup_add(kinds "AgencyKind"[], months date[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportKindRollup" AS t ("agencyKind", "month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.kind, d.month, extract(year FROM d.month)::smallint, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(kinds, months, categories, funding_sources, counts, vals, bens) AS d(kind, month, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2, 4, 5
    ON CONFLICT ("agencyKind", "month", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportKindRollup" t
      USING unnest(kinds, months, categories, funding_sources) AS d(kind, month, category, funding_source)
      WHERE t."agencyKind" = d.kind AND t."month" = d.month AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r\x3b
    PERFORM support_tree_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    PERFORM support_kind_rollup_add(array_agg(a."kind"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "month", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "month", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r\x3b
    PERFORM support_tree_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "month", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "month", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    PERFORM support_kind_rollup_add(array_agg(a."kind"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "agencyId", "month", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "agencyId", "month", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
    JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r\x3b
    PERFORM support_tree_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    PERFORM support_kind_rollup_add(array_agg(a."kind"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_closure_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows c JOIN "SupportYearRollup" y ON y."placeId" = c."descendantId"\x3b
    PERFORM support_tree_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows c JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    WHERE c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_closure_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows c JOIN "SupportYearRollup" y ON y."placeId" = c."descendantId"\x3b
    PERFORM support_tree_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows c JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    WHERE c."ancestorLevel" <> ''VILLAGE''\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportCategoryRollup", "SupportTreeCategoryRollup", "SupportLevelCategoryRollup", "SupportKindRollup", "SupportTreeMonthRollup", "SupportLevelMonthRollup"\x3b RETURN NULL\x3b END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeRollup", "SupportTreeCategoryRollup", "SupportLevelCategoryRollup", "SupportTreeMonthRollup", "SupportLevelMonthRollup"\x3b RETURN NULL\x3b END';

-- An agency whose kind changes takes its month-rollup sums from the old kind to the new.
CREATE FUNCTION support_kind_rollup_after_agency_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_kind_rollup_add(array_agg(k.kind), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(k.sign * r."activityCount"), array_agg(k.sign * r."valueVnd"), array_agg(k.sign * r."beneficiaryCount"))
    FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.kind <> n.kind
    CROSS JOIN LATERAL (VALUES (n.kind, 1::bigint), (o.kind, -1::bigint)) AS k(kind, sign)
    JOIN "SupportRollup" r ON r."agencyId" = n.id\x3b
    RETURN NULL\x3b
  END';

CREATE TRIGGER support_kind_rollup_agency_update AFTER UPDATE ON "Agency"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_kind_rollup_after_agency_update();

-- The rows already there.
INSERT INTO "SupportTreeCategoryRollup" ("placeId", "placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", c."ancestorLevel", r."year", r."category", r."fundingSource", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> 'VILLAGE'
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "SupportLevelCategoryRollup" ("placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeLevel", "year", "category", "fundingSource", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportTreeCategoryRollup"
GROUP BY 1, 2, 3, 4;

INSERT INTO "SupportTreeMonthRollup" ("placeId", "placeLevel", "month", "year", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", c."ancestorLevel", r."month", r."year", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> 'VILLAGE'
GROUP BY 1, 2, 3, 4;

INSERT INTO "SupportLevelMonthRollup" ("placeLevel", "month", "year", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeLevel", "month", "year", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportTreeMonthRollup"
GROUP BY 1, 2, 3;

INSERT INTO "SupportKindRollup" ("agencyKind", "month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT a."kind", r."month", r."year", r."category", r."fundingSource", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r JOIN "Agency" a ON a.id = r."agencyId"
GROUP BY 1, 2, 3, 4, 5;

ANALYZE "SupportTreeCategoryRollup", "SupportLevelCategoryRollup", "SupportTreeMonthRollup", "SupportLevelMonthRollup", "SupportKindRollup";
