-- CreateTable
CREATE TABLE "SupportProvinceMonthRollup" (
    "placeId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportProvinceMonthRollup_pkey" PRIMARY KEY ("placeId","month","category","fundingSource")
);

-- CreateIndex
CREATE INDEX "SupportProvinceMonthRollup_month_idx" ON "SupportProvinceMonthRollup"("month");

-- "SupportProvinceMonthRollup" holds the support in each province's subtree per month, category and
-- funding source ("SupportRollup" summed over "PlaceClosure" to the province, all agencies
-- together). A summary by province with a category or funding source over months that are not
-- whole years reads about 33,000 rows a year nationally instead of the month rollup's 160,000 with
-- each one's province looked up (by province and category over twelve whole months: 450 ms, now
-- about 50). What lies under no province is "SupportCategoryRollup" less these rows.
-- Kept in the same transaction as every write by statement triggers on "SupportRollup" (an
-- activity's change) and on "PlaceClosure" (a unit moved, merged or split). Rows at 0 are deleted.
-- Updated in place on every activity write, so its pages keep room (fill factor 70). Function
-- bodies are E'' strings with \x3b for their semicolons, as in migration support_reach.
ALTER TABLE "SupportProvinceMonthRollup" SET (fillfactor = 70);

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call. Only a
-- change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_province_month_add(place_ids uuid[], months date[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportProvinceMonthRollup" AS t ("placeId", "month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, d.month, extract(year FROM d.month)::smallint, d.category, d.funding_source, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, months, categories, funding_sources, counts, vals, bens) AS d(place_id, month, category, funding_source, n, v, b)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2, 4, 5
    ON CONFLICT ("placeId", "month", "category", "fundingSource") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportProvinceMonthRollup" t
      USING unnest(place_ids, months, categories, funding_sources) AS d(place_id, month, category, funding_source)
      WHERE t."placeId" = d.place_id AND t."month" = d.month AND t."category" = d.category
        AND t."fundingSource" = d.funding_source AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

-- Month-rollup rows (signed) at their provinces.
CREATE FUNCTION support_province_month_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_month_add(array_agg(c."ancestorId"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_month_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_month_add(array_agg(c."ancestorId"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "month", "category", "fundingSource", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "month", "category", "fundingSource", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_month_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_month_add(array_agg(c."ancestorId"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r
    JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_month_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportProvinceMonthRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_province_month_insert AFTER INSERT ON "SupportRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_insert();

CREATE TRIGGER support_province_month_update AFTER UPDATE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_update();

CREATE TRIGGER support_province_month_delete AFTER DELETE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_delete();

CREATE TRIGGER support_province_month_truncate AFTER TRUNCATE ON "SupportRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_truncate();

-- A place that comes under a province, or leaves one, takes its month-rollup rows with it.
CREATE FUNCTION support_province_month_after_closure_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_month_add(array_agg(c."ancestorId"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows c
    JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    WHERE c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_province_month_after_closure_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_province_month_add(array_agg(c."ancestorId"), array_agg(r."month"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows c
    JOIN "SupportRollup" r ON r."placeId" = c."descendantId"
    WHERE c."ancestorLevel" = ''PROVINCE''\x3b
    RETURN NULL\x3b
  END';

CREATE TRIGGER support_province_month_closure_insert AFTER INSERT ON "PlaceClosure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_closure_insert();

CREATE TRIGGER support_province_month_closure_delete AFTER DELETE ON "PlaceClosure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_closure_delete();

CREATE TRIGGER support_province_month_closure_truncate AFTER TRUNCATE ON "PlaceClosure"
  FOR EACH STATEMENT EXECUTE FUNCTION support_province_month_after_truncate();

-- The rows already there.
INSERT INTO "SupportProvinceMonthRollup" ("placeId", "month", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT c."ancestorId", r."month", r."year", r."category", r."fundingSource", sum(r."activityCount")::int, sum(r."valueVnd")::bigint, sum(r."beneficiaryCount")::bigint
FROM "SupportRollup" r
JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = 'PROVINCE'
GROUP BY 1, 2, 3, 4, 5;

ANALYZE "SupportProvinceMonthRollup";
