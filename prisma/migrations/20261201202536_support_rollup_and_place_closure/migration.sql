-- CreateTable
CREATE TABLE "PlaceClosure" (
    "ancestorId" UUID NOT NULL,
    "descendantId" UUID NOT NULL,
    "depth" SMALLINT NOT NULL,
    "ancestorLevel" "PlaceLevel" NOT NULL,

    CONSTRAINT "PlaceClosure_pkey" PRIMARY KEY ("ancestorId","descendantId")
);

-- CreateTable
CREATE TABLE "SupportRollup" (
    "placeId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "year" SMALLINT NOT NULL,
    "month" DATE NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportRollup_pkey" PRIMARY KEY ("placeId","agencyId","month","category","fundingSource")
);

-- CreateTable
CREATE TABLE "SupportYearRollup" (
    "placeId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "year" SMALLINT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportYearRollup_pkey" PRIMARY KEY ("placeId","agencyId","year")
);

-- CreateIndex
CREATE INDEX "PlaceClosure_descendantId_ancestorLevel_idx" ON "PlaceClosure"("descendantId", "ancestorLevel");

-- CreateIndex
CREATE INDEX "SupportRollup_month_idx" ON "SupportRollup"("month");

-- CreateIndex
CREATE INDEX "SupportRollup_agencyId_idx" ON "SupportRollup"("agencyId");

-- CreateIndex
CREATE INDEX "SupportRollup_year_idx" ON "SupportRollup"("year");

-- CreateIndex
CREATE INDEX "SupportYearRollup_year_idx" ON "SupportYearRollup"("year");

-- CreateIndex
CREATE INDEX "SupportYearRollup_agencyId_idx" ON "SupportYearRollup"("agencyId");

-- The triggers below keep "SupportRollup", "SupportYearRollup" and "PlaceClosure" in the same
-- transaction as every write to "Activity" and "Place". They are statement triggers with transition
-- tables, so a COPY or a multi-row insert of 20,000 activities costs one grouped upsert per rollup.
-- The function bodies are E'' strings with \x3b for their semicolons (the driver adapter splits
-- migration scripts on semicolons).
CREATE FUNCTION support_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    INSERT INTO "SupportRollup" AS r ("placeId", "agencyId", "year", "month", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::smallint, "occurredOn" - (extract(day FROM "occurredOn")::int - 1), category, "fundingSource", count(*)::int, coalesce(sum("valueVnd"), 0)::bigint, coalesce(sum("beneficiaryCount"), 0)::bigint
    FROM new_rows
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 4, 5, 6
    ON CONFLICT ("placeId", "agencyId", "month", "category", "fundingSource") DO UPDATE SET
      "activityCount" = r."activityCount" + excluded."activityCount",
      "valueVnd" = r."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = r."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    INSERT INTO "SupportYearRollup" AS r ("placeId", "agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::smallint, count(*)::int, coalesce(sum("valueVnd"), 0)::bigint, coalesce(sum("beneficiaryCount"), 0)::bigint
    FROM new_rows
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT ("placeId", "agencyId", "year") DO UPDATE SET
      "activityCount" = r."activityCount" + excluded."activityCount",
      "valueVnd" = r."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = r."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_rollup_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    INSERT INTO "SupportRollup" AS r ("placeId", "agencyId", "year", "month", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT c."placeId", c."agencyId", extract(year FROM c."occurredOn")::smallint, c."occurredOn" - (extract(day FROM c."occurredOn")::int - 1), c.category, c."fundingSource", sum(c.n)::int, coalesce(sum(c.v), 0)::bigint, coalesce(sum(c.b), 0)::bigint
    FROM (SELECT "placeId", "agencyId", "occurredOn", category, "fundingSource", 1 AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "agencyId", "occurredOn", category, "fundingSource", -1 AS n, -"valueVnd" AS v, -"beneficiaryCount" AS b FROM old_rows) c
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.n) <> 0 OR coalesce(sum(c.v), 0) <> 0 OR coalesce(sum(c.b), 0) <> 0
    ORDER BY 1, 2, 4, 5, 6
    ON CONFLICT ("placeId", "agencyId", "month", "category", "fundingSource") DO UPDATE SET
      "activityCount" = r."activityCount" + excluded."activityCount",
      "valueVnd" = r."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = r."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportRollup" r USING (SELECT DISTINCT "placeId", "agencyId" FROM old_rows) o
    WHERE r."placeId" = o."placeId" AND r."agencyId" = o."agencyId" AND r."activityCount" = 0\x3b
    INSERT INTO "SupportYearRollup" AS r ("placeId", "agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT c."placeId", c."agencyId", extract(year FROM c."occurredOn")::smallint, sum(c.n)::int, coalesce(sum(c.v), 0)::bigint, coalesce(sum(c.b), 0)::bigint
    FROM (SELECT "placeId", "agencyId", "occurredOn", category, "fundingSource", 1 AS n, "valueVnd" AS v, "beneficiaryCount" AS b FROM new_rows
      UNION ALL SELECT "placeId", "agencyId", "occurredOn", category, "fundingSource", -1 AS n, -"valueVnd" AS v, -"beneficiaryCount" AS b FROM old_rows) c
    GROUP BY 1, 2, 3
    HAVING sum(c.n) <> 0 OR coalesce(sum(c.v), 0) <> 0 OR coalesce(sum(c.b), 0) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("placeId", "agencyId", "year") DO UPDATE SET
      "activityCount" = r."activityCount" + excluded."activityCount",
      "valueVnd" = r."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = r."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportYearRollup" r USING (SELECT DISTINCT "placeId", "agencyId" FROM old_rows) o
    WHERE r."placeId" = o."placeId" AND r."agencyId" = o."agencyId" AND r."activityCount" = 0\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    INSERT INTO "SupportRollup" AS r ("placeId", "agencyId", "year", "month", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT c."placeId", c."agencyId", extract(year FROM c."occurredOn")::smallint, c."occurredOn" - (extract(day FROM c."occurredOn")::int - 1), c.category, c."fundingSource", sum(c.n)::int, coalesce(sum(c.v), 0)::bigint, coalesce(sum(c.b), 0)::bigint
    FROM (SELECT "placeId", "agencyId", "occurredOn", category, "fundingSource", -1 AS n, -"valueVnd" AS v, -"beneficiaryCount" AS b FROM old_rows) c
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.n) <> 0 OR coalesce(sum(c.v), 0) <> 0 OR coalesce(sum(c.b), 0) <> 0
    ORDER BY 1, 2, 4, 5, 6
    ON CONFLICT ("placeId", "agencyId", "month", "category", "fundingSource") DO UPDATE SET
      "activityCount" = r."activityCount" + excluded."activityCount",
      "valueVnd" = r."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = r."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportRollup" r USING (SELECT DISTINCT "placeId", "agencyId" FROM old_rows) o
    WHERE r."placeId" = o."placeId" AND r."agencyId" = o."agencyId" AND r."activityCount" = 0\x3b
    INSERT INTO "SupportYearRollup" AS r ("placeId", "agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT c."placeId", c."agencyId", extract(year FROM c."occurredOn")::smallint, sum(c.n)::int, coalesce(sum(c.v), 0)::bigint, coalesce(sum(c.b), 0)::bigint
    FROM (SELECT "placeId", "agencyId", "occurredOn", category, "fundingSource", -1 AS n, -"valueVnd" AS v, -"beneficiaryCount" AS b FROM old_rows) c
    GROUP BY 1, 2, 3
    HAVING sum(c.n) <> 0 OR coalesce(sum(c.v), 0) <> 0 OR coalesce(sum(c.b), 0) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("placeId", "agencyId", "year") DO UPDATE SET
      "activityCount" = r."activityCount" + excluded."activityCount",
      "valueVnd" = r."valueVnd" + excluded."valueVnd",
      "beneficiaryCount" = r."beneficiaryCount" + excluded."beneficiaryCount"\x3b
    DELETE FROM "SupportYearRollup" r USING (SELECT DISTINCT "placeId", "agencyId" FROM old_rows) o
    WHERE r."placeId" = o."placeId" AND r."agencyId" = o."agencyId" AND r."activityCount" = 0\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION support_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "SupportRollup", "SupportYearRollup"\x3b RETURN NULL\x3b END';

CREATE TRIGGER support_rollup_insert AFTER INSERT ON "Activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_rollup_after_insert();

CREATE TRIGGER support_rollup_update AFTER UPDATE ON "Activity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_rollup_after_update();

CREATE TRIGGER support_rollup_delete AFTER DELETE ON "Activity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_rollup_after_delete();

CREATE TRIGGER support_rollup_truncate AFTER TRUNCATE ON "Activity"
  FOR EACH STATEMENT EXECUTE FUNCTION support_rollup_after_truncate();

CREATE FUNCTION place_closure_after_insert() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    INSERT INTO "PlaceClosure" ("ancestorId", "descendantId", "depth", "ancestorLevel")
    WITH RECURSIVE up(descendant, ancestor, depth) AS (
      SELECT id, id, 0 FROM (SELECT id FROM new_rows) s
      UNION ALL
      SELECT up.descendant, p."parentId", up.depth + 1 FROM up JOIN "Place" p ON p.id = up.ancestor
      WHERE p."parentId" IS NOT NULL AND up.depth < 32
    )
    SELECT up.ancestor, up.descendant, up.depth, a.level FROM up JOIN "Place" a ON a.id = up.ancestor
    ON CONFLICT DO NOTHING\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION place_closure_after_update() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    DELETE FROM "PlaceClosure" WHERE "descendantId" IN (WITH RECURSIVE down(id) AS (
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n."parentId" IS DISTINCT FROM o."parentId" OR n.level <> o.level
        UNION
        SELECT p.id FROM down JOIN "Place" p ON p."parentId" = down.id
      ) SELECT id FROM down)\x3b
    INSERT INTO "PlaceClosure" ("ancestorId", "descendantId", "depth", "ancestorLevel")
    WITH RECURSIVE up(descendant, ancestor, depth) AS (
      SELECT id, id, 0 FROM (WITH RECURSIVE down(id) AS (
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n."parentId" IS DISTINCT FROM o."parentId" OR n.level <> o.level
        UNION
        SELECT p.id FROM down JOIN "Place" p ON p."parentId" = down.id
      ) SELECT id FROM down) s
      UNION ALL
      SELECT up.descendant, p."parentId", up.depth + 1 FROM up JOIN "Place" p ON p.id = up.ancestor
      WHERE p."parentId" IS NOT NULL AND up.depth < 32
    )
    SELECT up.ancestor, up.descendant, up.depth, a.level FROM up JOIN "Place" a ON a.id = up.ancestor
    ON CONFLICT DO NOTHING\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION place_closure_after_delete() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    DELETE FROM "PlaceClosure" WHERE "descendantId" IN (SELECT id FROM old_rows) OR "ancestorId" IN (SELECT id FROM old_rows)\x3b
    RETURN NULL\x3b
  END';

CREATE FUNCTION place_closure_after_truncate() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN TRUNCATE "PlaceClosure"\x3b RETURN NULL\x3b END';

CREATE TRIGGER place_closure_insert AFTER INSERT ON "Place"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_closure_after_insert();

CREATE TRIGGER place_closure_update AFTER UPDATE ON "Place"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_closure_after_update();

CREATE TRIGGER place_closure_delete AFTER DELETE ON "Place"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION place_closure_after_delete();

CREATE TRIGGER place_closure_truncate AFTER TRUNCATE ON "Place"
  FOR EACH STATEMENT EXECUTE FUNCTION place_closure_after_truncate();

-- The rows already there.
INSERT INTO "PlaceClosure" ("ancestorId", "descendantId", "depth", "ancestorLevel")
WITH RECURSIVE up(descendant, ancestor, depth) AS (
  SELECT id, id, 0 FROM (SELECT id FROM "Place") s
  UNION ALL
  SELECT up.descendant, p."parentId", up.depth + 1 FROM up JOIN "Place" p ON p.id = up.ancestor
  WHERE p."parentId" IS NOT NULL AND up.depth < 32
)
SELECT up.ancestor, up.descendant, up.depth, a.level FROM up JOIN "Place" a ON a.id = up.ancestor
ON CONFLICT DO NOTHING;

INSERT INTO "SupportRollup" ("placeId", "agencyId", "year", "month", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::smallint, "occurredOn" - (extract(day FROM "occurredOn")::int - 1), category, "fundingSource", count(*)::int, coalesce(sum("valueVnd"), 0)::bigint, coalesce(sum("beneficiaryCount"), 0)::bigint
FROM "Activity"
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "SupportYearRollup" ("placeId", "agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::smallint, count(*)::int, coalesce(sum("valueVnd"), 0)::bigint, coalesce(sum("beneficiaryCount"), 0)::bigint
FROM "Activity"
GROUP BY 1, 2, 3;
