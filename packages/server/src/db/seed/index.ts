import { importAdminUnits } from '../admin-units/import.ts';
import type { PrismaClient } from '../database.ts';
import { seedBinhThuan } from './binh-thuan.ts';
import { DAK_LAK_CAMPAIGN_ID, seedDakLak } from './dak-lak.ts';
import { seedDienBien } from './dien-bien.ts';
import { seedHaTinh } from './ha-tinh.ts';
import { seedNinhThuan } from './ninh-thuan.ts';
import { seedReferenceCriteria } from './reference-criteria.ts';
import { seedReferenceDocuments } from './reference-documents.ts';
import { seedReferenceIndicators } from './reference-indicators.ts';
import type { SeedClient } from './support.ts';

/** Rows per entity in the database once the seed has run. */
export interface SeedSummary {
  places: number;
  placeLineages: number;
  agencies: number;
  documents: number;
  twinnings: number;
  activities: number;
  activityItems: number;
  activityPartners: number;
  activityCriteria: number;
  needs: number;
  criteriaSets: number;
  criteria: number;
  criterionIndicators: number;
  criterionAssessments: number;
  indicators: number;
  indicatorObservations: number;
  recognitions: number;
  campaigns: number;
  commendations: number;
  fundingAllocations: number;
  reportedFigures: number;
}

export interface SeedOptions {
  log?: (line: string) => void;
}

/**
 * Loads Vietnam's administrative units, the reference data (criteria sets, indicators, legal
 * texts) and the demo dataset of five provinces. Every row has a name-based ID, so running it
 * again updates rows in place and creates nothing new.
 */
export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});

  let started = performance.now();
  const units = await importAdminUnits(prisma, {
    onProgress: ({ phase, done, total }) => {
      if (done === total) log(`${phase}: ${total.toLocaleString('en')}`);
    },
  });
  log(
    `Administrative units: ${units.units.created} created, ${units.units.updated} updated, ${units.units.unchanged} unchanged ` +
      `(${seconds(started)} s)`,
  );

  started = performance.now();
  // One transaction, so a database holding any demo row holds all of them (see isDatabaseSeeded).
  await prisma.$transaction(
    async (tx) => {
      await seedReferenceCriteria(tx);
      await seedReferenceIndicators(tx);
      await seedReferenceDocuments(tx);
      await seedDienBien(tx);
      await seedBinhThuan(tx);
      await seedHaTinh(tx);
      await seedNinhThuan(tx);
      await seedDakLak(tx);
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  log(`Reference data and demo dataset (${seconds(started)} s)`);
  return countRows(prisma);
}

/** True once the administrative units and the demo dataset have been loaded. */
export async function isDatabaseSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.campaign.count({ where: { id: DAK_LAK_CAMPAIGN_ID } })) > 0;
}

export async function countRows(db: SeedClient): Promise<SeedSummary> {
  const [
    places,
    placeLineages,
    agencies,
    documents,
    twinnings,
    activities,
    activityItems,
    activityPartners,
    activityCriteria,
    needs,
    criteriaSets,
    criteria,
    criterionIndicators,
    criterionAssessments,
    indicators,
    indicatorObservations,
    recognitions,
    campaigns,
    commendations,
    fundingAllocations,
    reportedFigures,
  ] = await Promise.all([
    db.place.count(),
    db.placeLineage.count(),
    db.agency.count(),
    db.document.count(),
    db.twinning.count(),
    db.activity.count(),
    db.activityItem.count(),
    db.activityPartner.count(),
    db.activityCriterion.count(),
    db.need.count(),
    db.criteriaSet.count(),
    db.criterion.count(),
    db.criterionIndicator.count(),
    db.criterionAssessment.count(),
    db.indicator.count(),
    db.indicatorObservation.count(),
    db.recognition.count(),
    db.campaign.count(),
    db.commendation.count(),
    db.fundingAllocation.count(),
    db.reportedFigure.count(),
  ]);
  return {
    places,
    placeLineages,
    agencies,
    documents,
    twinnings,
    activities,
    activityItems,
    activityPartners,
    activityCriteria,
    needs,
    criteriaSets,
    criteria,
    criterionIndicators,
    criterionAssessments,
    indicators,
    indicatorObservations,
    recognitions,
    campaigns,
    commendations,
    fundingAllocations,
    reportedFigures,
  };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
