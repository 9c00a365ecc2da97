import { stableId } from '../stable-id.ts';
import type { ScaleConnection } from './connection.ts';
import type { ScaleSize } from './sizes.ts';

/** The real administrative units the generated data attaches to, read from the database. */
export interface ScaleScope {
  provinces: ProvinceUnit[];
  /** Legacy communes (before 1 Jul 2025), by code. */
  communes: CommuneUnit[];
  /** 2025 communes that took over the legacy communes in scope, by code. */
  communes2025: Commune2025Unit[];
  /** 2025 provinces those communes belong to. */
  provinces2025: Array<{ id: string; code: string; name: string }>;
  districtsByProvince: Map<string, Array<{ id: string; fullName: string }>>;
  criteria2021: Map<number, string>;
  /** The 2021–2025 criteria with their names, copied into the 2016–2020 set (the 19 are the same). */
  criteria2021Rows: CriterionRow[];
  /** Whether the 2016–2020 commune set is already there (a later seed may load it). */
  has2016Set: boolean;
  /** Names of the agencies already recorded, so generated bodies do not duplicate real ones. */
  existingAgencyNames: Set<string>;
  indicators: Map<string, string>;
  /** Keys already present (from the demo dataset) that unique indexes forbid writing again. */
  existingAssessments: Set<string>;
  existingObservations: Set<string>;
}

export interface CriterionRow {
  id: string;
  number: number;
  name: string;
  nameVi: string;
  groupNumber: number;
  groupName: string;
  groupNameVi: string;
}

export interface ProvinceUnit {
  id: string;
  code: string;
  name: string;
}

export interface CommuneUnit {
  id: string;
  code: string;
  name: string;
  fullName: string;
  kind: string;
  provinceCode: string;
}

export interface Commune2025Unit {
  id: string;
  code: string;
  provinceId: string;
  issuerProvinceCode: string;
}

const LAST_LEGACY_DAY = '2025-06-30';
export const NTM_2021_SET = 'NTM-COMMUNE-2021-2025';
export const NTM_2016_SET = 'NTM-COMMUNE-2016-2020';

export class ScaleDataError extends Error {
  override name = 'ScaleDataError';
}

export async function readScope(connection: ScaleConnection, size: ScaleSize): Promise<ScaleScope> {
  const provinceFilter = size.provinces === 'all' ? null : [...size.provinces];
  const provinces = await connection.query<ProvinceUnit>(
    `SELECT id::text, code, name FROM "Place"
     WHERE level = 'PROVINCE' AND "validTo" = $1::date AND ($2::text[] IS NULL OR code = ANY($2::text[]))
     ORDER BY code`,
    [LAST_LEGACY_DAY, provinceFilter],
  );
  if (provinces.length === 0 || (provinceFilter && provinces.length !== provinceFilter.length)) {
    throw new ScaleDataError(
      'The administrative units are not in this database. Run `pnpm db:seed` (or `pnpm db:import-admin-units`) first; db:generate-scale builds on them.',
    );
  }
  const provinceIds = provinces.map((province) => province.id);
  const districts = await connection.query<{ id: string; fullName: string; provinceId: string }>(
    `SELECT id::text, "fullName", "parentId"::text AS "provinceId" FROM "Place"
     WHERE level = 'DISTRICT' AND "parentId" = ANY($1::uuid[]) ORDER BY code`,
    [provinceIds],
  );
  const districtsByProvince = new Map<string, Array<{ id: string; fullName: string }>>();
  for (const district of districts) {
    const list = districtsByProvince.get(district.provinceId) ?? [];
    list.push({ id: district.id, fullName: district.fullName });
    districtsByProvince.set(district.provinceId, list);
  }
  const communes = await connection.query<CommuneUnit>(
    `SELECT c.id::text, c.code, c.name, c."fullName", c.kind::text, p.code AS "provinceCode"
     FROM "Place" c JOIN "Place" d ON d.id = c."parentId" JOIN "Place" p ON p.id = d."parentId"
     WHERE c.level = 'COMMUNE' AND c."validTo" = $1::date AND p.id = ANY($2::uuid[])
     ORDER BY c.code`,
    [LAST_LEGACY_DAY, provinceIds],
  );
  const communes2025 = await connection.query<Commune2025Unit>(
    `SELECT DISTINCT ON (s.code) s.id::text, s.code, s."parentId"::text AS "provinceId", p.code AS "issuerProvinceCode"
     FROM "PlaceLineage" l
     JOIN "Place" s ON s.id = l."successorId"
     JOIN "Place" c ON c.id = l."predecessorId"
     JOIN "Place" d ON d.id = c."parentId"
     JOIN "Place" p ON p.id = d."parentId"
     WHERE s.level = 'COMMUNE' AND l."isDefaultSuccessor" AND p.id = ANY($1::uuid[])
     ORDER BY s.code, p.code`,
    [provinceIds],
  );
  const provinces2025 = await connection.query<{ id: string; code: string; name: string }>(
    `SELECT id::text, code, name FROM "Place" WHERE id = ANY($1::uuid[]) ORDER BY code`,
    [[...new Set(communes2025.map((commune) => commune.provinceId))]],
  );
  const criteria = await connection.query<CriterionRow>(
    `SELECT c.id::text, c.number, c.name, c."nameVi", c."groupNumber", c."groupName", c."groupNameVi" FROM "Criterion" c JOIN "CriteriaSet" s ON s.id = c."setId" WHERE s.code = $1 ORDER BY c.number`,
    [NTM_2021_SET],
  );
  if (criteria.length !== 19) {
    throw new ScaleDataError(
      `The ${NTM_2021_SET} criteria are not in this database. Run \`pnpm db:seed\` first; db:generate-scale builds on the reference data.`,
    );
  }
  const [set2016] = await connection.query<{ id: string }>(`SELECT id::text FROM "CriteriaSet" WHERE code = $1`, [
    NTM_2016_SET,
  ]);
  const agencyNames = await connection.query<{ name: string }>(`SELECT name FROM "Agency"`);
  const indicators = await connection.query<{ id: string; code: string }>(
    `SELECT id::text, code FROM "Indicator" ORDER BY code`,
  );
  const assessments = await connection.query<{ key: string }>(
    `SELECT concat_ws(' ', "placeId", "criterionId", year, level) AS key FROM "CriterionAssessment"`,
  );
  const observations = await connection.query<{ key: string }>(
    `SELECT concat_ws(' ', "placeId", "indicatorId", year) AS key FROM "IndicatorObservation"`,
  );
  return {
    provinces,
    communes,
    communes2025,
    provinces2025,
    districtsByProvince,
    criteria2021: new Map(criteria.map((criterion) => [Number(criterion.number), criterion.id])),
    criteria2021Rows: criteria.map((criterion) => ({
      ...criterion,
      number: Number(criterion.number),
      groupNumber: Number(criterion.groupNumber),
    })),
    has2016Set: set2016 !== undefined,
    existingAgencyNames: new Set(agencyNames.map((row) => row.name)),
    indicators: new Map(indicators.map((indicator) => [indicator.code, indicator.id])),
    existingAssessments: new Set(assessments.map((row) => row.key)),
    existingObservations: new Set(observations.map((row) => row.key)),
  };
}

/** The marker row that says a database holds generated data, and which. */
export const SCALE_MARKER_ID = stableId('scale', 'marker');

/**
 * Raised whenever a change makes the generator write different rows for the same size and seed:
 * databases generated by another version are then refused rather than silently reused.
 */
export const SCALE_GENERATOR_VERSION = 1;

export interface ScaleMarker {
  size: string;
  seed: number;
  version: number;
}

export async function readMarker(connection: ScaleConnection): Promise<ScaleMarker | null> {
  const [row] = await connection.query<{ note: string | null }>(`SELECT note FROM "Document" WHERE id = $1::uuid`, [
    SCALE_MARKER_ID,
  ]);
  if (!row?.note) return null;
  const parsed = JSON.parse(row.note) as { size: string; seed: number; version?: number };
  return { size: parsed.size, seed: parsed.seed, version: parsed.version ?? 1 };
}
