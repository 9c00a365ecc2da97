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
/** Row counts per entity after seeding, in the order they are reported. */
const counters = {
  places: (db: SeedClient) => db.place.count(),
  placeLineages: (db: SeedClient) => db.placeLineage.count(),
  agencies: (db: SeedClient) => db.agency.count(),
  documents: (db: SeedClient) => db.document.count(),
  twinnings: (db: SeedClient) => db.twinning.count(),
  activities: (db: SeedClient) => db.activity.count(),
  activityItems: (db: SeedClient) => db.activityItem.count(),
  activityPartners: (db: SeedClient) => db.activityPartner.count(),
  activityCriteria: (db: SeedClient) => db.activityCriterion.count(),
  needs: (db: SeedClient) => db.need.count(),
  criteriaSets: (db: SeedClient) => db.criteriaSet.count(),
  criteria: (db: SeedClient) => db.criterion.count(),
  criterionIndicators: (db: SeedClient) => db.criterionIndicator.count(),
  criterionAssessments: (db: SeedClient) => db.criterionAssessment.count(),
  indicators: (db: SeedClient) => db.indicator.count(),
  indicatorObservations: (db: SeedClient) => db.indicatorObservation.count(),
  recognitions: (db: SeedClient) => db.recognition.count(),
  campaigns: (db: SeedClient) => db.campaign.count(),
  commendations: (db: SeedClient) => db.commendation.count(),
  fundingAllocations: (db: SeedClient) => db.fundingAllocation.count(),
  reportedFigures: (db: SeedClient) => db.reportedFigure.count(),
};

export type SeedSummary = Record<keyof typeof counters, number>;

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
  const counts = await Promise.all(
    Object.entries(counters).map(async ([entity, count]) => [entity, await count(db)] as const),
  );
  return Object.fromEntries(counts) as SeedSummary;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
