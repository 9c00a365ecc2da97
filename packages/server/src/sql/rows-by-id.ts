import {
  type Activity,
  type Agency,
  type Criterion,
  type IndicatorObservation,
  type Need,
  type Place,
  Prisma,
  type Recognition,
  type ReportedFigure,
  type Twinning,
} from '../generated/prisma/client.ts';
import type { Queryable } from './query.ts';

/** The tables whose rows a list field loads by ID, with the row each holds. */
export interface Tables {
  Activity: Activity;
  Agency: Agency;
  Criterion: Criterion;
  IndicatorObservation: IndicatorObservation;
  Need: Need;
  Place: Place;
  Recognition: Recognition;
  ReportedFigure: ReportedFigure;
  Twinning: Twinning;
}

/**
 * The rows of one table with the IDs given, in any order: the `load` of a `t.loadable` list field,
 * which gathers the IDs of every parent in the request first. The IDs are one array parameter, so
 * the statement is the same text whatever their number. No column is mapped (`@map`), so a row
 * reads as Prisma's model.
 */
export function rowsById<Table extends keyof Tables>(
  db: Queryable,
  table: Table,
  ids: readonly string[],
): Promise<Tables[Table][]> {
  return db.$queryRaw<Tables[Table][]>`SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${ids}::uuid[])`;
}
