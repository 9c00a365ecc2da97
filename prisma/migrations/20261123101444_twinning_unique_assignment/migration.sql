-- CreateIndex
CREATE UNIQUE INDEX "Twinning_agencyId_placeId_documentId_key" ON "Twinning"("agencyId", "placeId", "documentId");
