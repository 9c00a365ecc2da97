-- "SupportTreeCategoryRollup" is partitioned by category, one partition per "ActivityCategory"
-- value (and a default one for a value added later). A summary by district or commune filtered by
-- a category (commune and year under VISIT: 144,658 rows) read that category's rows off nearly
-- every page of the whole table (19,327 of 25,255 nationally, more than shared_buffers holds), as
-- the rows are laid down in time order. Its partition is a seventh of that (250–280 ms, now about
-- 150). The category is part of the primary key, so every write's upsert lands in one partition.
-- The table is built anew under its old name, with its rows copied in year order, and the old one
-- dropped: the trigger functions name it, so they write to the new one.
CREATE TABLE "SupportTreeCategoryRollup_partitioned" (
    "placeId" UUID NOT NULL,
    "placeLevel" "PlaceLevel" NOT NULL,
    "year" SMALLINT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "fundingSource" "FundingSource" NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "beneficiaryCount" BIGINT NOT NULL,

    CONSTRAINT "SupportTreeCategoryRollup_partitioned_pkey" PRIMARY KEY ("placeId","year","category","fundingSource")
) PARTITION BY LIST ("category");

-- Updated in place on every activity write, so their pages keep room (fill factor 70), as before.
CREATE TABLE "SupportTreeCategoryRollup_CASH_GIFT" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('CASH_GIFT') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_IN_KIND_GIFT" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('IN_KIND_GIFT') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_INFRASTRUCTURE" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('INFRASTRUCTURE') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_EQUIPMENT" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('EQUIPMENT') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_SCHOLARSHIP" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('SCHOLARSHIP') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_TRAINING" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('TRAINING') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_HEALTH" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('HEALTH') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_PRODUCTION_SUPPORT" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('PRODUCTION_SUPPORT') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_TRADE_PROMOTION" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('TRADE_PROMOTION') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_VISIT" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('VISIT') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_FESTIVAL" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('FESTIVAL') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_STAFF_SECONDMENT" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('STAFF_SECONDMENT') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_OTHER" PARTITION OF "SupportTreeCategoryRollup_partitioned" FOR VALUES IN ('OTHER') WITH (fillfactor = 70);
CREATE TABLE "SupportTreeCategoryRollup_default" PARTITION OF "SupportTreeCategoryRollup_partitioned" DEFAULT WITH (fillfactor = 70);

INSERT INTO "SupportTreeCategoryRollup_partitioned"
SELECT "placeId", "placeLevel", "year", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount"
FROM "SupportTreeCategoryRollup"
ORDER BY "year";

DROP TABLE "SupportTreeCategoryRollup";

ALTER TABLE "SupportTreeCategoryRollup_partitioned" RENAME TO "SupportTreeCategoryRollup";

ALTER TABLE "SupportTreeCategoryRollup" RENAME CONSTRAINT "SupportTreeCategoryRollup_partitioned_pkey" TO "SupportTreeCategoryRollup_pkey";

-- CreateIndex
CREATE INDEX "SupportTreeCategoryRollup_placeLevel_year_idx" ON "SupportTreeCategoryRollup"("placeLevel", "year");

-- CreateIndex
CREATE INDEX "SupportTreeCategoryRollup_placeLevel_category_idx" ON "SupportTreeCategoryRollup"("placeLevel", "category");

ANALYZE "SupportTreeCategoryRollup";
