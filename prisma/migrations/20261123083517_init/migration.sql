-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "PlaceLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('PROVINCE', 'MUNICIPALITY', 'RURAL_DISTRICT', 'URBAN_DISTRICT', 'DISTRICT_TOWN', 'PROVINCIAL_CITY', 'COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE', 'VILLAGE');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('NORTHERN_MIDLANDS_AND_MOUNTAINS', 'RED_RIVER_DELTA', 'NORTH_CENTRAL', 'SOUTH_CENTRAL_COAST', 'CENTRAL_HIGHLANDS', 'SOUTHEAST', 'MEKONG_DELTA');

-- CreateEnum
CREATE TYPE "EthnicMinorityArea" AS ENUM ('REGION_I', 'REGION_II', 'REGION_III');

-- CreateEnum
CREATE TYPE "LineageKind" AS ENUM ('MERGE', 'SPLIT', 'RENAME', 'RECLASSIFY');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('PEOPLES_COMMITTEE', 'PROVINCIAL_DEPARTMENT', 'PARTY_BODY', 'MASS_ORGANISATION', 'ARMED_FORCES', 'EDUCATION_INSTITUTION', 'PRESS', 'ENTERPRISE', 'RESIDENTIAL_COMMUNITY', 'HOUSEHOLD', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('DECISION', 'PARTY_DOCUMENT', 'DIRECTIVE', 'PLAN', 'REPORT', 'DECREE', 'RESOLUTION', 'OTHER');

-- CreateEnum
CREATE TYPE "TwinningRelation" AS ENUM ('TWINNING', 'HELP', 'SPONSORSHIP');

-- CreateEnum
CREATE TYPE "TwinningStatus" AS ENUM ('PLANNED', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ActivityCategory" AS ENUM ('CASH_GIFT', 'IN_KIND_GIFT', 'INFRASTRUCTURE', 'EQUIPMENT', 'SCHOLARSHIP', 'TRAINING', 'HEALTH', 'PRODUCTION_SUPPORT', 'TRADE_PROMOTION', 'VISIT', 'FESTIVAL', 'STAFF_SECONDMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('AGENCY_OWN', 'STATE_BUDGET', 'MOBILISED_ENTERPRISES', 'MOBILISED_COMMUNITY', 'ASSIGNED_SPONSORS', 'MIXED', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('MOBILISED', 'CO_ORGANISER');

-- CreateEnum
CREATE TYPE "CriteriaProgramme" AS ENUM ('NEW_RURAL_DEVELOPMENT', 'MODEL_VILLAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "AttainmentLevel" AS ENUM ('STANDARD', 'ADVANCED', 'MODEL');

-- CreateEnum
CREATE TYPE "ThresholdComparator" AS ENUM ('AT_LEAST', 'AT_MOST', 'EQUALS', 'ACHIEVED');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('MET', 'BASICALLY_MET', 'NOT_MET');

-- CreateEnum
CREATE TYPE "RecognitionStatus" AS ENUM ('APPLIED', 'RECOGNISED', 'REVOKED');

-- CreateEnum
CREATE TYPE "ValueQualifier" AS ENUM ('EXACT', 'ABOUT', 'AT_LEAST', 'MORE_THAN', 'LESS_THAN');

-- CreateEnum
CREATE TYPE "OcopGroup" AS ENUM ('FOOD', 'BEVERAGE', 'HERBAL', 'TEXTILE_AND_GARMENT', 'SOUVENIR_FURNITURE_DECORATION', 'COMMUNITY_TOURISM');

-- CreateEnum
CREATE TYPE "OcopRatingStatus" AS ENUM ('PROPOSED', 'RATED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('OPEN', 'PLEDGED', 'FULFILLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('GROUP', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "CampaignKind" AS ENUM ('TWINNING_PROGRAMME', 'EMULATION_MOVEMENT', 'NEW_RURAL_DEVELOPMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('ACTUAL', 'TARGET');

-- CreateEnum
CREATE TYPE "ApiRole" AS ENUM ('VIEWER', 'EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "Place" (
    "id" UUID NOT NULL,
    "level" "PlaceLevel" NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nameFolded" TEXT NOT NULL,
    "localKind" TEXT,
    "parentId" UUID,
    "validFrom" DATE,
    "validTo" DATE,
    "region" "Region",
    "extremelyDisadvantaged" BOOLEAN NOT NULL DEFAULT false,
    "ethnicMinorityArea" "EthnicMinorityArea",
    "ethnicMinorityShare" DECIMAL(5,2),
    "ethnicGroups" TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "areaKm2" DOUBLE PRECISION,
    "note" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceLineage" (
    "id" UUID NOT NULL,
    "predecessorId" UUID NOT NULL,
    "successorId" UUID NOT NULL,
    "kind" "LineageKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "share" DECIMAL(5,4),
    "isDefaultSuccessor" BOOLEAN NOT NULL DEFAULT true,
    "documentId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlaceLineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "abbreviation" TEXT,
    "nameFolded" TEXT NOT NULL,
    "parentId" UUID,
    "homeProvinceId" UUID,
    "validFrom" DATE,
    "validTo" DATE,
    "note" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "numberFolded" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuerPlaceId" UUID,
    "issuedOn" DATE,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "note" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Twinning" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "documentId" UUID,
    "campaignId" UUID,
    "relation" "TwinningRelation" NOT NULL,
    "status" "TwinningStatus" NOT NULL DEFAULT 'ACTIVE',
    "startsOn" DATE NOT NULL,
    "startPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endsOn" DATE,
    "endedReason" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Twinning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "twinningId" UUID,
    "agencyId" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "campaignId" UUID,
    "needId" UUID,
    "category" "ActivityCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "occurredOn" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endedOn" DATE,
    "valueVnd" BIGINT,
    "fundingSource" "FundingSource" NOT NULL DEFAULT 'AGENCY_OWN',
    "beneficiaryCount" INTEGER,
    "beneficiaryDescription" TEXT,
    "peopleSent" INTEGER,
    "visitCount" INTEGER,
    "occasion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityItem" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(18,3),
    "unit" TEXT,
    "valueVnd" BIGINT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActivityItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityPartner" (
    "activityId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL DEFAULT 'MOBILISED',
    "contributionVnd" BIGINT,

    CONSTRAINT "ActivityPartner_pkey" PRIMARY KEY ("activityId","agencyId")
);

-- CreateTable
CREATE TABLE "ActivityCriterion" (
    "activityId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,

    CONSTRAINT "ActivityCriterion_pkey" PRIMARY KEY ("activityId","criterionId")
);

-- CreateTable
CREATE TABLE "CriteriaSet" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "programme" "CriteriaProgramme" NOT NULL,
    "appliesTo" "PlaceLevel" NOT NULL,
    "levels" "AttainmentLevel"[],
    "legalBasisId" UUID,
    "issuerPlaceId" UUID,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "supersedesId" UUID,
    "note" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriteriaSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" UUID NOT NULL,
    "setId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "groupNumber" INTEGER NOT NULL,
    "groupName" TEXT NOT NULL,
    "groupNameVi" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionIndicator" (
    "id" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "unit" TEXT,

    CONSTRAINT "CriterionIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorThreshold" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "level" "AttainmentLevel" NOT NULL,
    "region" "Region",
    "communeGroup" TEXT,
    "comparator" "ThresholdComparator" NOT NULL,
    "value" DECIMAL(18,4),
    "text" TEXT,
    "amendedById" UUID,
    "validFrom" DATE,

    CONSTRAINT "IndicatorThreshold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionAssessment" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "AttainmentLevel" NOT NULL DEFAULT 'STANDARD',
    "status" "AssessmentStatus" NOT NULL,
    "assessedOn" DATE,
    "evidence" TEXT,
    "documentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriterionAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentIndicatorValue" (
    "assessmentId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "value" DECIMAL(18,4),
    "text" TEXT,
    "met" BOOLEAN,

    CONSTRAINT "AssessmentIndicatorValue_pkey" PRIMARY KEY ("assessmentId","indicatorId")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "programme" "CriteriaProgramme" NOT NULL DEFAULT 'NEW_RURAL_DEVELOPMENT',
    "level" "AttainmentLevel" NOT NULL,
    "status" "RecognitionStatus" NOT NULL,
    "year" INTEGER NOT NULL,
    "recognisedOn" DATE,
    "decidedBy" TEXT,
    "decisionId" UUID,
    "revokedOn" DATE,
    "revocationDocumentId" UUID,
    "revocationReason" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "lowerIsBetter" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorObservation" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "qualifier" "ValueQualifier" NOT NULL DEFAULT 'EXACT',
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OcopProduct" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameFolded" TEXT NOT NULL,
    "placeId" UUID NOT NULL,
    "producer" TEXT NOT NULL,
    "producerId" UUID,
    "group" "OcopGroup" NOT NULL,
    "exportMarkets" TEXT[],
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OcopProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OcopRating" (
    "id" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "stars" INTEGER NOT NULL,
    "score" INTEGER,
    "status" "OcopRatingStatus" NOT NULL,
    "year" INTEGER NOT NULL,
    "ratedOn" DATE,
    "validUntil" DATE,
    "ratedBy" "PlaceLevel",

    CONSTRAINT "OcopRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Need" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "NeedStatus" NOT NULL DEFAULT 'OPEN',
    "requestedOn" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "estimatedValueVnd" BIGINT,
    "criterionId" UUID,
    "requestedOfId" UUID,
    "twinningId" UUID,
    "documentId" UUID,
    "closedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedPledge" (
    "id" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "pledgedOn" DATE NOT NULL,
    "amountVnd" BIGINT,
    "note" TEXT,
    "withdrawnOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedPledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commendation" (
    "id" UUID NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "recipientCount" INTEGER NOT NULL DEFAULT 1,
    "recipientName" TEXT,
    "recipientAgencyId" UUID,
    "awardedBy" TEXT NOT NULL,
    "presentedBy" TEXT,
    "awardedOn" DATE,
    "placeId" UUID NOT NULL,
    "campaignId" UUID,
    "documentId" UUID,
    "occasion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "kind" "CampaignKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "placeId" UUID NOT NULL,
    "documentId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingAllocation" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "source" "FundingSource" NOT NULL,
    "sourceAgencyId" UUID,
    "purpose" TEXT NOT NULL,
    "campaignId" UUID,
    "documentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelVi" TEXT,
    "kind" "FigureKind" NOT NULL DEFAULT 'ACTUAL',
    "value" DECIMAL(18,4),
    "amountVnd" BIGINT,
    "unit" TEXT NOT NULL,
    "qualifier" "ValueQualifier" NOT NULL DEFAULT 'EXACT',
    "scope" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "year" INTEGER,
    "campaignId" UUID,
    "documentId" UUID,
    "source" TEXT NOT NULL,
    "reportedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "role" "ApiRole" NOT NULL,
    "scopeProvinceIds" UUID[],
    "scopeAgencyIds" UUID[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorKeyId" UUID,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE INDEX "Place_level_code_idx" ON "Place"("level", "code");

-- CreateIndex
CREATE INDEX "Place_code_idx" ON "Place"("code");

-- CreateIndex
CREATE INDEX "Place_validFrom_validTo_idx" ON "Place"("validFrom", "validTo");

-- CreateIndex
CREATE INDEX "Place_nameFolded_idx" ON "Place" USING GIN ("nameFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PlaceLineage_successorId_idx" ON "PlaceLineage"("successorId");

-- CreateIndex
CREATE INDEX "PlaceLineage_documentId_idx" ON "PlaceLineage"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceLineage_predecessorId_successorId_effectiveOn_key" ON "PlaceLineage"("predecessorId", "successorId", "effectiveOn");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Agency_homeProvinceId_idx" ON "Agency"("homeProvinceId");

-- CreateIndex
CREATE INDEX "Agency_kind_idx" ON "Agency"("kind");

-- CreateIndex
CREATE INDEX "Agency_nameFolded_idx" ON "Agency" USING GIN ("nameFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Document_numberFolded_idx" ON "Document"("numberFolded");

-- CreateIndex
CREATE INDEX "Document_issuerPlaceId_idx" ON "Document"("issuerPlaceId");

-- CreateIndex
CREATE INDEX "Document_issuedOn_idx" ON "Document"("issuedOn");

-- CreateIndex
CREATE INDEX "Twinning_agencyId_idx" ON "Twinning"("agencyId");

-- CreateIndex
CREATE INDEX "Twinning_placeId_idx" ON "Twinning"("placeId");

-- CreateIndex
CREATE INDEX "Twinning_documentId_idx" ON "Twinning"("documentId");

-- CreateIndex
CREATE INDEX "Twinning_campaignId_idx" ON "Twinning"("campaignId");

-- CreateIndex
CREATE INDEX "Twinning_status_idx" ON "Twinning"("status");

-- CreateIndex
CREATE INDEX "Twinning_startsOn_endsOn_idx" ON "Twinning"("startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "Activity_twinningId_idx" ON "Activity"("twinningId");

-- CreateIndex
CREATE INDEX "Activity_agencyId_occurredOn_idx" ON "Activity"("agencyId", "occurredOn");

-- CreateIndex
CREATE INDEX "Activity_placeId_occurredOn_idx" ON "Activity"("placeId", "occurredOn");

-- CreateIndex
CREATE INDEX "Activity_campaignId_idx" ON "Activity"("campaignId");

-- CreateIndex
CREATE INDEX "Activity_needId_idx" ON "Activity"("needId");

-- CreateIndex
CREATE INDEX "Activity_category_idx" ON "Activity"("category");

-- CreateIndex
CREATE INDEX "Activity_occurredOn_idx" ON "Activity"("occurredOn");

-- CreateIndex
CREATE INDEX "Activity_fundingSource_idx" ON "Activity"("fundingSource");

-- CreateIndex
CREATE INDEX "ActivityItem_activityId_idx" ON "ActivityItem"("activityId");

-- CreateIndex
CREATE INDEX "ActivityPartner_agencyId_idx" ON "ActivityPartner"("agencyId");

-- CreateIndex
CREATE INDEX "ActivityCriterion_criterionId_idx" ON "ActivityCriterion"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_code_key" ON "CriteriaSet"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_supersedesId_key" ON "CriteriaSet"("supersedesId");

-- CreateIndex
CREATE INDEX "CriteriaSet_issuerPlaceId_idx" ON "CriteriaSet"("issuerPlaceId");

-- CreateIndex
CREATE INDEX "CriteriaSet_legalBasisId_idx" ON "CriteriaSet"("legalBasisId");

-- CreateIndex
CREATE INDEX "CriteriaSet_appliesTo_validFrom_idx" ON "CriteriaSet"("appliesTo", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_setId_number_key" ON "Criterion"("setId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionIndicator_criterionId_code_key" ON "CriterionIndicator"("criterionId", "code");

-- CreateIndex
CREATE INDEX "IndicatorThreshold_indicatorId_level_idx" ON "IndicatorThreshold"("indicatorId", "level");

-- CreateIndex
CREATE INDEX "IndicatorThreshold_amendedById_idx" ON "IndicatorThreshold"("amendedById");

-- CreateIndex
CREATE INDEX "CriterionAssessment_criterionId_year_idx" ON "CriterionAssessment"("criterionId", "year");

-- CreateIndex
CREATE INDEX "CriterionAssessment_documentId_idx" ON "CriterionAssessment"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionAssessment_placeId_criterionId_year_level_key" ON "CriterionAssessment"("placeId", "criterionId", "year", "level");

-- CreateIndex
CREATE INDEX "AssessmentIndicatorValue_indicatorId_idx" ON "AssessmentIndicatorValue"("indicatorId");

-- CreateIndex
CREATE INDEX "Recognition_placeId_year_idx" ON "Recognition"("placeId", "year");

-- CreateIndex
CREATE INDEX "Recognition_decisionId_idx" ON "Recognition"("decisionId");

-- CreateIndex
CREATE INDEX "Recognition_revocationDocumentId_idx" ON "Recognition"("revocationDocumentId");

-- CreateIndex
CREATE INDEX "Recognition_year_level_idx" ON "Recognition"("year", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "IndicatorObservation_indicatorId_year_idx" ON "IndicatorObservation"("indicatorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorObservation_placeId_indicatorId_year_key" ON "IndicatorObservation"("placeId", "indicatorId", "year");

-- CreateIndex
CREATE INDEX "OcopProduct_placeId_idx" ON "OcopProduct"("placeId");

-- CreateIndex
CREATE INDEX "OcopProduct_producerId_idx" ON "OcopProduct"("producerId");

-- CreateIndex
CREATE INDEX "OcopProduct_nameFolded_idx" ON "OcopProduct" USING GIN ("nameFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OcopRating_productId_year_idx" ON "OcopRating"("productId", "year");

-- CreateIndex
CREATE INDEX "OcopRating_year_stars_idx" ON "OcopRating"("year", "stars");

-- CreateIndex
CREATE INDEX "Need_placeId_status_idx" ON "Need"("placeId", "status");

-- CreateIndex
CREATE INDEX "Need_criterionId_idx" ON "Need"("criterionId");

-- CreateIndex
CREATE INDEX "Need_requestedOfId_idx" ON "Need"("requestedOfId");

-- CreateIndex
CREATE INDEX "Need_twinningId_idx" ON "Need"("twinningId");

-- CreateIndex
CREATE INDEX "Need_documentId_idx" ON "Need"("documentId");

-- CreateIndex
CREATE INDEX "NeedPledge_agencyId_idx" ON "NeedPledge"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedPledge_needId_agencyId_key" ON "NeedPledge"("needId", "agencyId");

-- CreateIndex
CREATE INDEX "Commendation_placeId_idx" ON "Commendation"("placeId");

-- CreateIndex
CREATE INDEX "Commendation_campaignId_idx" ON "Commendation"("campaignId");

-- CreateIndex
CREATE INDEX "Commendation_recipientAgencyId_idx" ON "Commendation"("recipientAgencyId");

-- CreateIndex
CREATE INDEX "Commendation_documentId_idx" ON "Commendation"("documentId");

-- CreateIndex
CREATE INDEX "Campaign_placeId_idx" ON "Campaign"("placeId");

-- CreateIndex
CREATE INDEX "Campaign_documentId_idx" ON "Campaign"("documentId");

-- CreateIndex
CREATE INDEX "FundingAllocation_placeId_year_idx" ON "FundingAllocation"("placeId", "year");

-- CreateIndex
CREATE INDEX "FundingAllocation_sourceAgencyId_idx" ON "FundingAllocation"("sourceAgencyId");

-- CreateIndex
CREATE INDEX "FundingAllocation_campaignId_idx" ON "FundingAllocation"("campaignId");

-- CreateIndex
CREATE INDEX "FundingAllocation_documentId_idx" ON "FundingAllocation"("documentId");

-- CreateIndex
CREATE INDEX "ReportedFigure_placeId_metric_idx" ON "ReportedFigure"("placeId", "metric");

-- CreateIndex
CREATE INDEX "ReportedFigure_campaignId_idx" ON "ReportedFigure"("campaignId");

-- CreateIndex
CREATE INDEX "ReportedFigure_documentId_idx" ON "ReportedFigure"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ChangeEvent_entityType_entityId_idx" ON "ChangeEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ChangeEvent_occurredAt_idx" ON "ChangeEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "ChangeEvent_actorKeyId_idx" ON "ChangeEvent"("actorKeyId");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceLineage" ADD CONSTRAINT "PlaceLineage_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceLineage" ADD CONSTRAINT "PlaceLineage_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceLineage" ADD CONSTRAINT "PlaceLineage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_homeProvinceId_fkey" FOREIGN KEY ("homeProvinceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_issuerPlaceId_fkey" FOREIGN KEY ("issuerPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Twinning" ADD CONSTRAINT "Twinning_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Twinning" ADD CONSTRAINT "Twinning_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Twinning" ADD CONSTRAINT "Twinning_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Twinning" ADD CONSTRAINT "Twinning_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_twinningId_fkey" FOREIGN KEY ("twinningId") REFERENCES "Twinning"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityItem" ADD CONSTRAINT "ActivityItem_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCriterion" ADD CONSTRAINT "ActivityCriterion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCriterion" ADD CONSTRAINT "ActivityCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaSet" ADD CONSTRAINT "CriteriaSet_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaSet" ADD CONSTRAINT "CriteriaSet_issuerPlaceId_fkey" FOREIGN KEY ("issuerPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaSet" ADD CONSTRAINT "CriteriaSet_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "CriteriaSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionIndicator" ADD CONSTRAINT "CriterionIndicator_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorThreshold" ADD CONSTRAINT "IndicatorThreshold_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "CriterionIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorThreshold" ADD CONSTRAINT "IndicatorThreshold_amendedById_fkey" FOREIGN KEY ("amendedById") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentIndicatorValue" ADD CONSTRAINT "AssessmentIndicatorValue_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "CriterionAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentIndicatorValue" ADD CONSTRAINT "AssessmentIndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "CriterionIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_revocationDocumentId_fkey" FOREIGN KEY ("revocationDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorObservation" ADD CONSTRAINT "IndicatorObservation_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorObservation" ADD CONSTRAINT "IndicatorObservation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcopProduct" ADD CONSTRAINT "OcopProduct_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcopProduct" ADD CONSTRAINT "OcopProduct_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcopRating" ADD CONSTRAINT "OcopRating_productId_fkey" FOREIGN KEY ("productId") REFERENCES "OcopProduct"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_requestedOfId_fkey" FOREIGN KEY ("requestedOfId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_twinningId_fkey" FOREIGN KEY ("twinningId") REFERENCES "Twinning"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedPledge" ADD CONSTRAINT "NeedPledge_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedPledge" ADD CONSTRAINT "NeedPledge_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_recipientAgencyId_fkey" FOREIGN KEY ("recipientAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_sourceAgencyId_fkey" FOREIGN KEY ("sourceAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_actorKeyId_fkey" FOREIGN KEY ("actorKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
