import type { PlaceKind } from '../../generated/prisma/client.ts';
import { stableId } from '../stable-id.ts';
import type { AdminUnitCatalogue } from './catalogue.ts';
import { type UnitLevel, unitName } from './kinds.ts';

/** Units as they stood before 1 Jul 2025 ('legacy') or after the reform ('2025'). */
export type Era = 'legacy' | '2025';

/** The reform's effective date, and the last day of the units it replaced (ISO dates). */
export const reformDate = '2025-07-01';
export const lastLegacyDay = '2025-06-30';

/** The ID of an administrative unit; codes are reused across eras, so the era is part of the key. */
export function adminUnitId(era: Era, level: UnitLevel, code: string): string {
  return stableId('place', era, level, code);
}

/** The columns of "Place" the import owns; the others (region, classification, …) belong to other data. */
export interface PlaceRow {
  id: string;
  level: UnitLevel;
  kind: PlaceKind;
  code: string;
  name: string;
  fullName: string;
  nameFolded: string;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  latitude: number | null;
  longitude: number | null;
  areaKm2: number | null;
  note: string | null;
}

/** Every unit of both eras, parents before children. */
export function placeRows(catalogue: AdminUnitCatalogue): PlaceRow[] {
  const legacy = { validFrom: null, validTo: lastLegacyDay };
  const current = { validFrom: reformDate, validTo: null };
  const noLocation = { latitude: null, longitude: null, areaKm2: null };
  // IDs by era, level and code: hashing once per unit, not again for every child.
  const ids = new Map<string, string>();
  const parent = (era: Era, level: UnitLevel, code: string, child: string): string => {
    const id = ids.get(`${era} ${level} ${code}`);
    if (!id)
      throw new Error(`${child} belongs to ${era} ${level.toLowerCase()} ${code}, which is not in the catalogue`);
    return id;
  };
  const rows: PlaceRow[] = [];
  const add = (era: Era, level: UnitLevel, code: string, row: Omit<PlaceRow, 'id' | 'level' | 'code'>): void => {
    const key = `${era} ${level} ${code}`;
    if (ids.has(key)) throw new Error(`The ${era} ${level.toLowerCase()} code ${code} appears twice`);
    const id = adminUnitId(era, level, code);
    ids.set(key, id);
    rows.push({ id, level, code, ...row });
  };

  for (const province of byCode(catalogue.legacyProvinces)) {
    add('legacy', 'PROVINCE', province.code, {
      ...unitName('PROVINCE', province.officialName),
      parentId: null,
      ...legacy,
      ...noLocation,
    });
  }
  for (const province of byCode(catalogue.provinces2025)) {
    add('2025', 'PROVINCE', province.code, {
      ...unitName('PROVINCE', province.officialName),
      parentId: null,
      ...current,
      latitude: province.latitude,
      longitude: province.longitude,
      areaKm2: null,
    });
  }
  for (const district of catalogue.legacyDistricts) {
    add('legacy', 'DISTRICT', district.code, {
      ...unitName('DISTRICT', district.officialName, district.listedKind),
      parentId: parent('legacy', 'PROVINCE', district.provinceCode, `District ${district.code}`),
      ...legacy,
      ...noLocation,
    });
  }
  for (const commune of catalogue.legacyCommunes) {
    add('legacy', 'COMMUNE', commune.code, {
      ...unitName('COMMUNE', commune.officialName, commune.listedKind),
      parentId: parent('legacy', 'DISTRICT', commune.districtCode, `Commune ${commune.code}`),
      ...legacy,
      ...noLocation,
    });
  }
  for (const commune of catalogue.communes2025) {
    add('2025', 'COMMUNE', commune.code, {
      ...unitName('COMMUNE', commune.officialName, commune.listedKind),
      parentId: parent('2025', 'PROVINCE', commune.provinceCode, `Commune ${commune.code}`),
      ...current,
      latitude: commune.latitude,
      longitude: commune.longitude,
      areaKm2: commune.areaKm2,
    });
  }
  return rows;
}

function byCode<Unit extends { code: string }>(units: Unit[]): Unit[] {
  return [...units].sort((a, b) => a.code.localeCompare(b.code));
}
