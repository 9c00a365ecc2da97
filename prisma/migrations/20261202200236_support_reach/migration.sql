-- CreateEnum
CREATE TYPE "SupportReachDimension" AS ENUM ('YEAR', 'CATEGORY', 'FUNDING_SOURCE');

-- CreateTable
CREATE TABLE "SupportPlaceReach" (
    "dimension" "SupportReachDimension" NOT NULL,
    "value" TEXT NOT NULL,
    "placeId" UUID NOT NULL,
    "activityCount" INTEGER NOT NULL,

    CONSTRAINT "SupportPlaceReach_pkey" PRIMARY KEY ("dimension","value","placeId")
);

-- CreateTable
CREATE TABLE "SupportAgencyReach" (
    "dimension" "SupportReachDimension" NOT NULL,
    "value" TEXT NOT NULL,
    "agencyId" UUID NOT NULL,
    "activityCount" INTEGER NOT NULL,

    CONSTRAINT "SupportAgencyReach_pkey" PRIMARY KEY ("dimension","value","agencyId")
);

-- "SupportPlaceReach" and "SupportAgencyReach" hold, for each year, category and funding source,
-- the places (and agencies) with activities of it: one row per value and place (or agency) with its
-- activity count over all years. Statement triggers on "SupportRollup" add each change of its rows
-- in the same transaction, and rows whose count falls to 0 are deleted, so the number of a value's
-- rows is the number of distinct places (or agencies) it reached. A summary by year, category or
-- funding source that counts places or agencies reads one index range per group instead of
-- sorting every row of the month rollup (1.9 million on the national data). Updated in place on
-- every activity write, so their pages keep room (fill factor 70). Function bodies are E'' strings
-- with \x3b for their semicolons (the driver adapter splits migration scripts on semicolons).
ALTER TABLE "SupportPlaceReach" SET (fillfactor = 70);
ALTER TABLE "SupportAgencyReach" SET (fillfactor = 70);

-- Each change of a rollup row as one change per dimension: (dimension, value, place, agency, count).
CREATE FUNCTION support_reach_changes(place_ids uuid[], agency_ids uuid[], years smallint[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[])
  RETURNS TABLE (dimension "SupportReachDimension", value text, place_id uuid, agency_id uuid, n bigint) LANGUAGE sql IMMUTABLE
  AS E'
    SELECT k.dimension, k.value, d.place_id, d.agency_id, d.n
    FROM unnest(place_ids, agency_ids, years, categories, funding_sources, counts) AS d(place_id, agency_id, year, category, funding_source, n)
    CROSS JOIN LATERAL (VALUES (''YEAR''::"SupportReachDimension", d.year::text), (''CATEGORY'', d.category::text), (''FUNDING_SOURCE'', d.funding_source::text)) AS k(dimension, value)
  ';

-- PL/pgSQL rather than SQL so a session plans its statements once, not on every call (about 1 ms
-- per call on an activity write). Only a change that takes away can leave a count at 0 to delete.
CREATE FUNCTION support_reach_add(place_ids uuid[], agency_ids uuid[], years smallint[], categories "ActivityCategory"[], funding_sources "FundingSource"[], counts bigint[])
  RETURNS void LANGUAGE plpgsql
  AS E'BEGIN
    IF coalesce(cardinality(counts), 0) = 0 THEN RETURN\x3b END IF\x3b
    INSERT INTO "SupportPlaceReach" AS t ("dimension", "value", "placeId", "activityCount")
    SELECT c.dimension, c.value, c.place_id, sum(c.n)::int
    FROM support_reach_changes(place_ids, agency_ids, years, categories, funding_sources, counts) c
    GROUP BY 1, 2, 3 HAVING sum(c.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("dimension", "value", "placeId") DO UPDATE SET "activityCount" = t."activityCount" + excluded."activityCount"\x3b
    INSERT INTO "SupportAgencyReach" AS t ("dimension", "value", "agencyId", "activityCount")
    SELECT c.dimension, c.value, c.agency_id, sum(c.n)::int
    FROM support_reach_changes(place_ids, agency_ids, years, categories, funding_sources, counts) c
    GROUP BY 1, 2, 3 HAVING sum(c.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("dimension", "value", "agencyId") DO UPDATE SET "activityCount" = t."activityCount" + excluded."activityCount"\x3b
    IF 0 > ANY(counts) THEN
      DELETE FROM "SupportPlaceReach" t USING support_reach_changes(place_ids, agency_ids, years, categories, funding_sources, counts) c
      WHERE t."dimension" = c.dimension AND t."value" = c.value AND t."placeId" = c.place_id AND t."activityCount" = 0\x3b
      DELETE FROM "SupportAgencyReach" t USING support_reach_changes(place_ids, agency_ids, years, categories, funding_sources, counts) c
      WHERE t."dimension" = c.dimension AND t."value" = c.value AND t."agencyId" = c.agency_id AND t."activityCount" = 0\x3b
    END IF\x3b
  END';

CREATE FUNCTION support_reach_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_reach_add(array_agg(r."placeId"), array_agg(r."agencyId"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r."activityCount"::bigint))
    FROM new_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_reach_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_reach_add(array_agg(r."placeId"), array_agg(r."agencyId"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(r.n))
    FROM (SELECT "placeId", "agencyId", "year", "category", "fundingSource", "activityCount"::bigint AS n FROM new_rows
      UNION ALL SELECT "placeId", "agencyId", "year", "category", "fundingSource", -"activityCount"::bigint FROM old_rows) r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_reach_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_reach_add(array_agg(r."placeId"), array_agg(r."agencyId"), array_agg(r."year"), array_agg(r."category"), array_agg(r."fundingSource"), array_agg(-r."activityCount"::bigint))
    FROM old_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_reach_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportPlaceReach", "SupportAgencyReach"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_reach_insert AFTER INSERT ON "SupportRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_reach_after_insert();

CREATE TRIGGER support_reach_update AFTER UPDATE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_reach_after_update();

CREATE TRIGGER support_reach_delete AFTER DELETE ON "SupportRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_reach_after_delete();

CREATE TRIGGER support_reach_truncate AFTER TRUNCATE ON "SupportRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_reach_after_truncate();

-- The rows already there.
INSERT INTO "SupportPlaceReach" ("dimension", "value", "placeId", "activityCount")
SELECT c.dimension, c.value, c.place_id, sum(c.n)::int
FROM (SELECT array_agg("placeId") AS p, array_agg("agencyId") AS a, array_agg("year") AS y, array_agg("category") AS k, array_agg("fundingSource") AS f, array_agg("activityCount"::bigint) AS n FROM "SupportRollup") r,
  support_reach_changes(r.p, r.a, r.y, r.k, r.f, r.n) c
GROUP BY 1, 2, 3;

INSERT INTO "SupportAgencyReach" ("dimension", "value", "agencyId", "activityCount")
SELECT c.dimension, c.value, c.agency_id, sum(c.n)::int
FROM (SELECT array_agg("placeId") AS p, array_agg("agencyId") AS a, array_agg("year") AS y, array_agg("category") AS k, array_agg("fundingSource") AS f, array_agg("activityCount"::bigint) AS n FROM "SupportRollup") r,
  support_reach_changes(r.p, r.a, r.y, r.k, r.f, r.n) c
GROUP BY 1, 2, 3;

ANALYZE "SupportPlaceReach", "SupportAgencyReach";
