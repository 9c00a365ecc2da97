import type { PrismaClient } from '../database.ts';
import { readAdminUnitCatalogue } from './catalogue.ts';
import { reformLineage } from './lineage.ts';
import { type PlaceRow, placeRows } from './places.ts';
import { type UpsertCounts, upsertLineage, upsertPlaces } from './upsert.ts';

export interface AdminUnitImportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface AdminUnitImportOptions {
  onProgress?: (event: AdminUnitImportProgress) => void;
}

export interface AdminUnitImportSummary {
  units: UpsertCounts;
  edges: UpsertCounts;
  millis: number;
}

const noSuccessorNote = 'No successor in the 2025 conversion table.';
const noPredecessorNote = 'No predecessor in the 2025 conversion table: a new unit, or a gap in the data.';

/**
 * Loads Vietnam's administrative units before the 1 Jul 2025 reform (provinces, districts,
 * communes; valid until 30 Jun 2025) and after it (provinces and communes; valid from 1 Jul 2025),
 * with the reform's lineage edges. Idempotent: IDs are stable, and rows that already match are not
 * touched. All or nothing: one transaction.
 */
export async function importAdminUnits(
  prisma: PrismaClient,
  options: AdminUnitImportOptions = {},
): Promise<AdminUnitImportSummary> {
  const started = performance.now();
  const report = options.onProgress ?? (() => {});
  const catalogue = await readAdminUnitCatalogue();

  const places = new Map(placeRows(catalogue).map((row) => [row.id, row]));
  const lineage = reformLineage(catalogue, places);
  for (const row of lineage.withoutSuccessor) addNote(row, noSuccessorNote);
  for (const row of lineage.withoutPredecessor) addNote(row, noPredecessorNote);

  const unitRows = [...places.values()];
  const phases = { units: 'administrative units', edges: 'lineage edges' };
  report({ phase: phases.units, done: 0, total: unitRows.length });
  const { units, edges } = await prisma.$transaction(
    async (tx) => {
      const units = await upsertPlaces(tx, unitRows, (done) =>
        report({ phase: phases.units, done, total: unitRows.length }),
      );
      report({ phase: phases.edges, done: 0, total: lineage.edges.length });
      const edges = await upsertLineage(tx, lineage.edges, (done) =>
        report({ phase: phases.edges, done, total: lineage.edges.length }),
      );
      return { units, edges };
    },
    // A slow disk or a cold embedded database must not hit Prisma's 5-second default.
    { maxWait: 30_000, timeout: 600_000 },
  );
  // Fresh statistics for what was loaded (the closure is filled by the triggers on "Place"): plans
  // of the tree walks depend on them.
  if (units.created + units.updated + edges.created + edges.updated > 0)
    await prisma.$executeRawUnsafe('ANALYZE "Place", "PlaceClosure", "PlaceLineage"');
  return { units, edges, millis: Math.round(performance.now() - started) };
}

function addNote(row: PlaceRow, note: string): void {
  row.note = row.note ? `${row.note} ${note}` : note;
}
