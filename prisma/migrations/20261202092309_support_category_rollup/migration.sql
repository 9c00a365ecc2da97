-- CreateTable
CREATE TABLE "SupportCategoryRollup" (
    "month" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportCategoryRollup_pkey" PRIMARY KEY ("month","category","fundingSource")
);

-- "SupportCategoryRollup" holds the support of each month, category and funding source, all places
-- and agencies together: "SupportRollup" summed over places and agencies. Statement triggers on
-- "SupportRollup" add each change of its rows in the same transaction (rows whose count falls to 0
-- are deleted), so a summary by category or funding source over the whole country reads a few rows
-- per month. Function bodies are E'' strings with \x3b for their semicolons (the driver adapter
-- splits migration scripts on semicolons).
CREATE FUNCTION support_category_rollup_add(months date[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE sql
  AS E'
    INSERT INTO "SupportCategoryRollup" AS t ("month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.month, extract(year FROM d.month)::smallint, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(months, categories, funding_sources, counts, vals, bens) AS d(month, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 3, 4
    ON CONFLICT ("month", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportCategoryRollup" t USING unnest(months, categories, funding_sources) AS d(month, category, funding_source)
    WHERE t."month" = d.month AND t."category" = d.category AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
  ';

CREATE FUNCTION support_category_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_category_rollup_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "month", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "month", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_category_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_category_rollup_add(array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_category_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportCategoryRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_category_rollup_insert AFTER INSERT ON "SupportRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_category_rollup_after_insert();

CREATE TRIGGER support_category_rollup_update AFTER UPDATE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_category_rollup_after_update();

CREATE TRIGGER support_category_rollup_delete AFTER DELETE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_category_rollup_after_delete();

CREATE TRIGGER support_category_rollup_truncate AFTER TRUNCATE ON "SupportRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_category_rollup_after_truncate();

-- The rows already there.
INSERT INTO "SupportCategoryRollup" ("month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "month", extract(year FROM "month")::smallint, "category", "fundingSource", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportRollup"
GROUP BY 1, 2, 3, 4;

ANALYZE "SupportCategoryRollup";
