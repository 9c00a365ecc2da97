-- "SupportAgencyCategoryRollup" holds the support led by each agency per year, category and funding
-- source, all places together: "SupportRollup" summed over places and months, kept by statement
-- triggers on it in the same transaction, rows at 0 deleted. A summary by agency over whole years
-- with a category or funding source grouped or filtered read the month rollup whole, 24,044 pages
-- nationally (by AGENCY under category VISIT: 267–334 ms). Partitioned by category, as
-- "SupportTreeCategoryRollup" is, so a summary under one category reads its partition only.
-- Updated in place on every activity write, so its pages keep room (fill factor 70). Function
-- bodies are E'' strings with \x3b for their semicolons, as in migration support_reach.
CREATE TABLE "SupportAgencyCategoryRollup" (
    "agencyId" UUID NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportAgencyCategoryRollup_pkey" PRIMARY KEY ("agencyId","year","category","fundingSource")
) PARTITION BY LIST ("category");

CREATE TABLE "SupportAgencyCategoryRollup_CASH_GIFT" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('CASH_GIFT') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_IN_KIND_GIFT" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('IN_KIND_GIFT') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_INFRASTRUCTURE" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('INFRASTRUCTURE') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_EQUIPMENT" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('EQUIPMENT') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_SCHOLARSHIP" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('SCHOLARSHIP') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_TRAINING" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('TRAINING') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_HEALTH" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('HEALTH') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_PRODUCTION_SUPPORT" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('PRODUCTION_SUPPORT') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_TRADE_PROMOTION" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('TRADE_PROMOTION') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_VISIT" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('VISIT') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_FESTIVAL" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('FESTIVAL') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_STAFF_SECONDMENT" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('STAFF_SECONDMENT') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_OTHER" PARTITION OF "SupportAgencyCategoryRollup" FOR VALUES IN ('OTHER') WITH (fillfactor = 70);
CREATE TABLE "SupportAgencyCategoryRollup_default" PARTITION OF "SupportAgencyCategoryRollup" DEFAULT WITH (fillfactor = 70);

-- CreateIndex
CREATE INDEX "SupportAgencyCategoryRollup_year_idx" ON "SupportAgencyCategoryRollup"("year");

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_agency_category_add(agency_ids uuid[], years smallint[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportAgencyCategoryRollup" AS t ("agencyId", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.agency_id, d.year, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(agency_ids, years, categories, funding_sources, counts, vals, bens) AS d(agency_id, year, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("agencyId", "year", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportAgencyCategoryRollup" t
      USING unnest(agency_ids, years, categories, funding_sources) AS d(agency_id, year, category, funding_source)
      WHERE t."agencyId" = d.agency_id AND t."year" = d.year AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

CREATE FUNCTION support_agency_category_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_agency_category_add(array_agg(r."agencyId"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_agency_category_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_agency_category_add(array_agg(r."agencyId"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "agencyId", "year", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "agencyId", "year", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_agency_category_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_agency_category_add(array_agg(r."agencyId"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_agency_category_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportAgencyCategoryRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_agency_category_insert AFTER INSERT ON "SupportRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_agency_category_after_insert();

CREATE TRIGGER support_agency_category_update AFTER UPDATE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_agency_category_after_update();

CREATE TRIGGER support_agency_category_delete AFTER DELETE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_agency_category_after_delete();

CREATE TRIGGER support_agency_category_truncate AFTER TRUNCATE ON "SupportRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_agency_category_after_truncate();

-- The rows already there, in year order as the API's writes lay them down over the years.
INSERT INTO "SupportAgencyCategoryRollup" ("agencyId", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "agencyId", "year", "category", "fundingSource", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportRollup"
GROUP BY 1, 2, 3, 4
ORDER BY 2;

ANALYZE "SupportAgencyCategoryRollup";
