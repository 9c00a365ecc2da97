-- CreateEnum
CREATE TYPE "ChangeType" AS ENUM ('ActivityRecorded', 'ActivityUpdated', 'ActivityDeleted', 'AgencyCreated', 'AgencyUpdated', 'AgencyArchived', 'DocumentCreated', 'DocumentUpdated', 'DocumentArchived', 'TwinningAssigned', 'TwinningEnded', 'NeedOpened', 'NeedPledged', 'NeedUpdated', 'NeedFulfilled', 'NeedCancelled', 'AssessmentSet', 'RecognitionRecorded', 'RecognitionUpdated', 'RecognitionRevoked', 'IndicatorObserved', 'PlaceCreated', 'PlaceUpdated', 'PlaceArchived', 'PlaceEnded', 'PlacesMerged', 'PlaceSplit', 'LineageRecorded', 'CriteriaSetCreated', 'CriteriaSetUpdated', 'CriteriaSetArchived', 'CriterionCreated', 'CriterionUpdated', 'CriterionArchived', 'CriterionIndicatorCreated', 'CriterionIndicatorUpdated');

-- CreateEnum
CREATE TYPE "ChangeEntityType" AS ENUM ('Activity', 'Agency', 'Document', 'Twinning', 'Need', 'NeedPledge', 'CriterionAssessment', 'Recognition', 'IndicatorObservation', 'Place', 'PlaceLineage', 'CriteriaSet', 'Criterion', 'CriterionIndicator');

-- CreateEnum
CREATE TYPE "WebhookStatus" AS ENUM ('ACTIVE', 'PAUSED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED');

-- AlterTable: typed changes with the place, province and agency they concern. Rows already in
-- the outbox keep their data: their type, place and agency are read from the recorded snapshots.
ALTER TABLE "ChangeEvent" ADD COLUMN     "agencyId" UUID,
ADD COLUMN     "placeId" UUID,
ADD COLUMN     "provinceId" UUID,
ADD COLUMN     "type" "ChangeType";
ALTER TABLE "ChangeEvent" ALTER COLUMN "entityType" TYPE "ChangeEntityType" USING "entityType"::"ChangeEntityType";

UPDATE "ChangeEvent" c SET "type" = (CASE
  WHEN c."entityType" = 'Activity' AND c.action = 'created' THEN 'ActivityRecorded'
  WHEN c."entityType" = 'Activity' AND c.action = 'deleted' THEN 'ActivityDeleted'
  WHEN c."entityType" = 'Activity' THEN 'ActivityUpdated'
  WHEN c."entityType" = 'Agency' AND c.action = 'created' THEN 'AgencyCreated'
  WHEN c."entityType" = 'Agency' AND c.action = 'archived' THEN 'AgencyArchived'
  WHEN c."entityType" = 'Agency' THEN 'AgencyUpdated'
  WHEN c."entityType" = 'Document' AND c.action = 'created' THEN 'DocumentCreated'
  WHEN c."entityType" = 'Document' AND c.action = 'archived' THEN 'DocumentArchived'
  WHEN c."entityType" = 'Document' THEN 'DocumentUpdated'
  WHEN c."entityType" = 'Twinning' AND c.action = 'ended' THEN 'TwinningEnded'
  WHEN c."entityType" = 'Twinning' THEN 'TwinningAssigned'
  WHEN c."entityType" = 'Need' AND c.action = 'created' THEN 'NeedOpened'
  WHEN c."entityType" = 'Need' AND c.after->>'status' = 'FULFILLED' THEN 'NeedFulfilled'
  WHEN c."entityType" = 'Need' AND c.after->>'status' = 'CANCELLED' THEN 'NeedCancelled'
  WHEN c."entityType" = 'Need' THEN 'NeedUpdated'
  WHEN c."entityType" = 'NeedPledge' THEN 'NeedPledged'
  WHEN c."entityType" = 'CriterionAssessment' THEN 'AssessmentSet'
  WHEN c."entityType" = 'Recognition' AND c.after->>'status' = 'REVOKED' THEN 'RecognitionRevoked'
  WHEN c."entityType" = 'Recognition' AND c.action = 'created' THEN 'RecognitionRecorded'
  WHEN c."entityType" = 'Recognition' THEN 'RecognitionUpdated'
  WHEN c."entityType" = 'IndicatorObservation' THEN 'IndicatorObserved'
  WHEN c."entityType" = 'Place' AND c.action = 'created' THEN 'PlaceCreated'
  WHEN c."entityType" = 'Place' AND c.action = 'archived' THEN 'PlaceArchived'
  WHEN c."entityType" = 'Place' AND c.action IN ('merged', 'ended') THEN 'PlaceEnded'
  WHEN c."entityType" = 'Place' THEN 'PlaceUpdated'
  WHEN c."entityType" = 'PlaceLineage' THEN 'LineageRecorded'
  WHEN c."entityType" = 'CriteriaSet' AND c.action = 'created' THEN 'CriteriaSetCreated'
  WHEN c."entityType" = 'CriteriaSet' AND c.action = 'archived' THEN 'CriteriaSetArchived'
  WHEN c."entityType" = 'CriteriaSet' THEN 'CriteriaSetUpdated'
  WHEN c."entityType" = 'Criterion' AND c.action = 'created' THEN 'CriterionCreated'
  WHEN c."entityType" = 'Criterion' AND c.action = 'archived' THEN 'CriterionArchived'
  WHEN c."entityType" = 'Criterion' THEN 'CriterionUpdated'
  WHEN c."entityType" = 'CriterionIndicator' AND c.action = 'created' THEN 'CriterionIndicatorCreated'
  ELSE 'CriterionIndicatorUpdated'
END)::"ChangeType";

UPDATE "ChangeEvent" c SET
  "placeId" = CASE
    WHEN c."entityType" = 'Place' THEN c."entityId"::uuid
    WHEN c."entityType" = 'NeedPledge' THEN (SELECT n."placeId" FROM "Need" n WHERE n.id::text = COALESCE(c.after, c.before)->>'needId')
    ELSE (COALESCE(c.after, c.before)->>'placeId')::uuid
  END,
  "agencyId" = CASE
    WHEN c."entityType" = 'Agency' THEN c."entityId"::uuid
    ELSE COALESCE(COALESCE(c.after, c.before)->>'agencyId', COALESCE(c.after, c.before)->>'requestedOfId')::uuid
  END;
UPDATE "ChangeEvent" c SET "placeId" = COALESCE(
    COALESCE(c.after, c.before)->>'homeProvinceId',
    COALESCE(c.after, c.before)->>'issuerPlaceId',
    COALESCE(c.after, c.before)->>'successorId')::uuid
  WHERE c."placeId" IS NULL;

WITH RECURSIVE up(start, id, "parentId", level) AS (
  SELECT p.id, p.id, p."parentId", p.level FROM "Place" p WHERE p.id IN (SELECT "placeId" FROM "ChangeEvent")
  UNION ALL
  SELECT up.start, p.id, p."parentId", p.level FROM up JOIN "Place" p ON p.id = up."parentId" WHERE up.level <> 'PROVINCE'
)
UPDATE "ChangeEvent" c SET "provinceId" = up.id FROM up WHERE up.start = c."placeId" AND up.level = 'PROVINCE';

ALTER TABLE "ChangeEvent" ALTER COLUMN "type" SET NOT NULL;

-- Appends to the outbox are serialised until commit: each appending transaction takes this lock
-- before its rows draw their sequence numbers and keeps it until it commits or rolls back. So
-- sequence order is commit order, and a feed reader that has seen sequence N has seen every
-- committed change below N — without it, a transaction that drew 41 but committed after 42 would
-- be missed by a reader resuming "after 42". A statement trigger fires before the default
-- nextval() of any row is evaluated, and catches every writer, including ones outside the API.
-- (The body is an E'' string with \x3b for its semicolons: migration runners that split scripts on
-- semicolons, like the driver adapters', would cut a dollar-quoted body apart.)
CREATE FUNCTION "ChangeEvent_serialise_appends"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_advisory_xact_lock(7302020110)\x3b RETURN NULL\x3b END';
CREATE TRIGGER "ChangeEvent_serialise_appends" BEFORE INSERT ON "ChangeEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "ChangeEvent_serialise_appends"();

-- CreateTable
CREATE TABLE "ChangeFeedHorizon" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "prunedThrough" BIGINT NOT NULL,
    "prunedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeFeedHorizon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "types" "ChangeType"[],
    "placeId" UUID,
    "includeDescendants" BOOLEAN NOT NULL DEFAULT true,
    "ownerKeyId" UUID NOT NULL,
    "secret" TEXT NOT NULL,
    "status" "WebhookStatus" NOT NULL DEFAULT 'ACTIVE',
    "pausedReason" TEXT,
    "pausedAt" TIMESTAMP(3),
    "cursor" BIGINT NOT NULL,
    "failingSince" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "sequence" BIGINT NOT NULL,
    "type" "ChangeType" NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "WebhookEndpoint_ownerKeyId_idx" ON "WebhookEndpoint"("ownerKeyId");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_status_idx" ON "WebhookEndpoint"("status");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_sequence_key" ON "WebhookDelivery"("endpointId", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_type_sequence_idx" ON "ChangeEvent"("type", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_placeId_sequence_idx" ON "ChangeEvent"("placeId", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_provinceId_sequence_idx" ON "ChangeEvent"("provinceId", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_agencyId_sequence_idx" ON "ChangeEvent"("agencyId", "sequence");

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_ownerKeyId_fkey" FOREIGN KEY ("ownerKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
