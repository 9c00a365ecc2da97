-- DropIndex
DROP INDEX "Document_numberFolded_idx";

-- CreateIndex
CREATE INDEX "Campaign_kind_idx" ON "Campaign"("kind");

-- CreateIndex
CREATE INDEX "Commendation_recipientKind_idx" ON "Commendation"("recipientKind");

-- CreateIndex
CREATE INDEX "CriteriaSet_programme_appliesTo_idx" ON "CriteriaSet"("programme", "appliesTo");

-- CreateIndex
CREATE INDEX "Document_numberFolded_idx" ON "Document" USING GIN ("numberFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Document_kind_issuedOn_idx" ON "Document"("kind", "issuedOn");

-- CreateIndex
CREATE INDEX "FundingAllocation_year_source_idx" ON "FundingAllocation"("year", "source");

-- CreateIndex
CREATE INDEX "Need_status_category_idx" ON "Need"("status", "category");

-- CreateIndex
CREATE INDEX "OcopProduct_group_idx" ON "OcopProduct"("group");

-- CreateIndex
CREATE INDEX "Place_level_kind_idx" ON "Place"("level", "kind");

-- CreateIndex
CREATE INDEX "Place_level_extremelyDisadvantaged_idx" ON "Place"("level", "extremelyDisadvantaged");

-- CreateIndex
CREATE INDEX "Recognition_status_level_idx" ON "Recognition"("status", "level");

-- CreateIndex
CREATE INDEX "ReportedFigure_metric_year_idx" ON "ReportedFigure"("metric", "year");

-- CreateIndex
CREATE INDEX "Twinning_relation_idx" ON "Twinning"("relation");
