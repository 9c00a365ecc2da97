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

-- "SupportKindRollup" holds the support led by each kind of agency per month, category and funding
-- source, all places together: "SupportRollup" summed over the agencies of each kind. A summary by
-- agency kind, or filtered by it, with a category, a funding source or months in it reads a few
-- rows per kind and month instead of every month-rollup row with its agency. The trigger functions
-- of "SupportRollup" (migrations support_category_rollup, support_tree_category_rollup) now apply
-- each change to it too, reading the agency's kind, and a trigger on "Agency" moves an agency's
-- sums when its kind changes. Rows whose count falls to 0 are deleted. Updated in place on every
-- activity write, so its pages keep room (fill factor 70). Function bodies are E'' strings with
-- \x3b for their semicolons (the driver adapter splits migration scripts on semicolons).
ALTER TABLE "SupportKindRollup" SET (fillfactor = 70);

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
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
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
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
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "year", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "year", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
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
    PERFORM support_tree_category_add(array_agg(c."ancestorId"), array_agg(c."ancestorLevel"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" <> ''VILLAGE''\x3b
    PERFORM support_kind_rollup_add(array_agg(a."kind"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r JOIN "Agency" a ON a.id = r."agencyId"\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_category_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportCategoryRollup", "SupportTreeCategoryRollup", "SupportLevelCategoryRollup", "SupportKindRollup"\x3b RETURN NULL\x3b END';

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
INSERT INTO "SupportKindRollup" ("agencyKind", "month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT a."kind", r."month", r."year", r."category", r."fundingSource", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r JOIN "Agency" a ON a.id = r."agencyId"
GROUP BY 1, 2, 3, 4, 5;

ANALYZE "SupportKindRollup";
