-- CreateTable
CREATE TABLE "SupportAgencyTotal" (
    "agencyId" UUID NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportAgencyTotal_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "SupportTreeTotal" (
    "placeId" UUID NOT NULL,
    "placeLevel" "PlaceLevel" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportTreeTotal_pkey" PRIMARY KEY ("placeId")
);

-- CreateIndex
CREATE INDEX "SupportTreeTotal_placeLevel_idx" ON "SupportTreeTotal"("placeLevel");

-- "SupportAgencyTotal" and "SupportTreeTotal" hold each agency's and each place's subtree support
-- over all years: "SupportAgencyRollup" and "SupportTreeRollup" summed over their years. Statement
-- triggers on those two add each change of their rows in the same transaction (rows whose count
-- falls to 0, or whose place is deleted, are deleted, as there), so a summary by agency, province,
-- district or commune over all time reads one row per group instead of one per group and year.
-- They are updated in place on every activity write, so their pages keep room (fill factor 70).
-- Function bodies are E'' strings with \x3b for their semicolons (the driver adapter splits
-- migration scripts on semicolons).
ALTER TABLE "SupportAgencyTotal" SET (fillfactor = 70);
ALTER TABLE "SupportTreeTotal" SET (fillfactor = 70);

CREATE FUNCTION support_agency_total_add(agency_ids uuid[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE sql
  AS E'
    INSERT INTO "SupportAgencyTotal" AS t ("agencyId", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.agency_id, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(agency_ids, counts, vals, bens) AS d(agency_id, n, v, b)
    GROUP BY 1
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1
    ON CONFLICT ("agencyId") DO UPDATE SET
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportAgencyTotal" t USING unnest(agency_ids) AS d(agency_id)
    WHERE t."agencyId" = d.agency_id AND t."activityCount" = 0\x3b
  ';

CREATE FUNCTION support_tree_total_add(place_ids uuid[], counts bigint[], vals bigint[], bens bigint[])
  RETURNS void LANGUAGE sql
  AS E'
    INSERT INTO "SupportTreeTotal" AS t ("placeId", "placeLevel", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT d.place_id, p.level, sum(d.n)::int, sum(d.v)::bigint, sum(d.b)::bigint
    FROM unnest(place_ids, counts, vals, bens) AS d(place_id, n, v, b)
    JOIN "Place" p ON p.id = d.place_id
    GROUP BY 1, 2
    HAVING sum(d.n) <> 0 OR sum(d.v) <> 0 OR sum(d.b) <> 0
    ORDER BY 1
    ON CONFLICT ("placeId") DO UPDATE SET
      "placeLevel" = excluded."placeLevel",
      "activityCount" = t."activityCount" + excluded."activityCount",
      "valueVnd" = t."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = t."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportTreeTotal" t USING unnest(place_ids) AS d(place_id)
    WHERE t."placeId" = d.place_id
      AND (t."activityCount" = 0 OR NOT EXISTS (SELECT 1 FROM "Place" p WHERE p.id = t."placeId"))\x3b
  ';

CREATE FUNCTION support_agency_total_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_agency_total_add(array_agg(r."agencyId"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_agency_total_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_agency_total_add(array_agg(r."agencyId"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "agencyId", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "agencyId", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_agency_total_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_agency_total_add(array_agg(r."agencyId"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_agency_total_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportAgencyTotal"\x3b RETURN NULL\x3b END';

CREATE FUNCTION support_tree_total_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_total_add(array_agg(r."placeId"), array_agg(r."activityCount"::bigint), array_agg(r."valueVnd"), array_agg(r."beneficiaryCount"))
    FROM new_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_total_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_total_add(array_agg(r."placeId"), array_agg(r.n), array_agg(r.v), array_agg(r.b))
    FROM (SELECT "placeId", "activityCount"::bigint AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", -"activityCount"::bigint, -"valueVnd", -"beneficiaryCount" FROM old_rows) r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_total_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM support_tree_total_add(array_agg(r."placeId"), array_agg(-r."activityCount"::bigint), array_agg(-r."valueVnd"), array_agg(-r."beneficiaryCount"))
    FROM old_rows r\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_tree_total_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportTreeTotal"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_agency_total_insert AFTER INSERT ON "SupportAgencyRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_agency_total_after_insert();

CREATE TRIGGER support_agency_total_update AFTER UPDATE ON "SupportAgencyRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_agency_total_after_update();

CREATE TRIGGER support_agency_total_delete AFTER DELETE ON "SupportAgencyRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_agency_total_after_delete();

CREATE TRIGGER support_agency_total_truncate AFTER TRUNCATE ON "SupportAgencyRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_agency_total_after_truncate();

CREATE TRIGGER support_tree_total_insert AFTER INSERT ON "SupportTreeRollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_total_after_insert();

CREATE TRIGGER support_tree_total_update AFTER UPDATE ON "SupportTreeRollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_total_after_update();

CREATE TRIGGER support_tree_total_delete AFTER DELETE ON "SupportTreeRollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_tree_total_after_delete();

CREATE TRIGGER support_tree_total_truncate AFTER TRUNCATE ON "SupportTreeRollup"
  FOR EACH STATEMENT EXECUTE FUNCTION support_tree_total_after_truncate();

-- The rows already there.
INSERT INTO "SupportAgencyTotal" ("agencyId", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "agencyId", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportAgencyRollup"
GROUP BY 1;

INSERT INTO "SupportTreeTotal" ("placeId", "placeLevel", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeId", "placeLevel", sum("activityCount")::int, sum("valueVnd")::bigint, sum("beneficiaryCount")::bigint
FROM "SupportTreeRollup"
GROUP BY 1, 2;

ANALYZE "SupportAgencyTotal", "SupportTreeTotal";
