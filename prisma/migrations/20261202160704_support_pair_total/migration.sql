-- CreateTable
CREATE TABLE "SupportPairTotal" (
    "placeId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportPairTotal_pkey" PRIMARY KEY ("placeId","agencyId")
);

-- CreateIndex
CREATE INDEX "SupportPairTotal_agencyId_idx" ON "SupportPairTotal"("agencyId");

-- "SupportPairTotal" holds each place and agency's support over all years: "SupportYearRollup"
-- summed over its years. The statement triggers that carry every change of the year rollup into
-- the subtree and agency rollups (migration support_tree_and_agency_rollups) carry it here too, in
-- the same trigger call. Pairs whose count falls to 0 are deleted. A summary over all time that
-- counts distinct places or agencies, or groups or filters by both, reads one row per pair (about
-- a quarter of the year rollup rows on the national data). Updated in place on every activity
-- write, so its pages keep room (fill factor 70). Function bodies are E'' strings with \x3b for
-- their semicolons (the driver adapter splits migration scripts on semicolons).
ALTER TABLE "SupportPairTotal" SET (fillfactor = 70);

CREATE FUNCTION support_pair_total_add(place_ids uuid[], agency_ids uuid[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE sql
  AS E'
    INSERT INTO "SupportPairTotal" AS t ("placeId", "agencyId", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, d.agency_id, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, agency_ids, counts, vals, bens) AS d(place_id, agency_id, n, v, b)
    GROUP BY 1, 2
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1, 2
    ON CONFLICT ("placeId", "agencyId") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportPairTotal" t USING unnest(place_ids, agency_ids) AS d(place_id, agency_id)
    WHERE t."placeId" = d.place_id AND t."agencyId" = d.agency_id AND t."activityCount" = 0\x3b
  ';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_year_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows y JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"\x3b
    PERFORM support_agency_rollup_add(array_agg(y."agencyId"), array_agg(y."year"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount")),
      support_pair_total_add(array_agg(y."placeId"), array_agg(y."agencyId"), array_agg(y."activityCount"::bigint), array_agg(y."valueVnd"), array_agg(y."beneficiaryCount"))
    FROM new_rows y\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_year_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(y.n), array_agg(y.v), array_agg(y.b))
    FROM (SELECT "placeId", "year", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "year", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) y
    JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"\x3b
    PERFORM support_agency_rollup_add(array_agg(y."agencyId"), array_agg(y."year"), array_agg(y.n), array_agg(y.v), array_agg(y.b)),
      support_pair_total_add(array_agg(y."placeId"), array_agg(y."agencyId"), array_agg(y.n), array_agg(y.v), array_agg(y.b))
    FROM (SELECT "placeId", "agencyId", "year", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "agencyId", "year", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) y\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_tree_rollup_after_year_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_rollup_add(array_agg(c."ancestorId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows y JOIN "PlaceClosure" c ON c."descendantId" = y."placeId"\x3b
    PERFORM support_agency_rollup_add(array_agg(y."agencyId"), array_agg(y."year"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount")),
      support_pair_total_add(array_agg(y."placeId"), array_agg(y."agencyId"), array_agg(-y."activityCount"::bigint), array_agg(-y."valueVnd"), array_agg(-y."beneficiaryCount"))
    FROM old_rows y\x3b
    RETURN NULL\x3b
  END';

CREATE OR REPLACE FUNCTION support_year_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeRollup", "SupportAgencyRollup", "SupportPairTotal"\x3b RETURN NULL\x3b END';

-- The rows already there.
INSERT INTO "SupportPairTotal" ("placeId", "agencyId", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeId", "agencyId", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportYearRollup"
GROUP BY 1, 2;

ANALYZE "SupportPairTotal";
