import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { paths } from '../../paths.ts';
import { csvRecords } from './csv.ts';

/** The files in prisma/data/admin-units (see SOURCE.md there). */
export const catalogueFiles = {
  legacyDistricts: 'danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv.gz',
  legacyCommunes: 'danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv.gz',
  communes2025: '2025_34-province-3221-ward_with_location.csv.gz',
  conversion: 'convert_legacy_2025_simple.csv.gz',
} as const;

export interface LegacyProvince {
  code: string;
  officialName: string;
}

export interface LegacyDistrict {
  code: string;
  officialName: string;
  listedKind: string;
  provinceCode: string;
}

export interface LegacyCommune {
  code: string;
  officialName: string;
  listedKind: string;
  districtCode: string;
}

export interface Province2025 {
  code: string;
  officialName: string;
  latitude: number | null;
  longitude: number | null;
}

export interface Commune2025 {
  code: string;
  officialName: string;
  listedKind: string;
  provinceCode: string;
  latitude: number | null;
  longitude: number | null;
  areaKm2: number | null;
}

/** One row of the old → new table. `legacyCommuneCode` is null where a whole district (an island without communes) became one new commune. */
export interface Conversion {
  legacyProvinceCode: string;
  legacyDistrictCode: string;
  legacyCommuneCode: string | null;
  newProvinceCode: string;
  newCommuneCode: string;
}

/** The national catalogue before and after 1 Jul 2025, with codes zero-padded, in file order. */
export interface AdminUnitCatalogue {
  legacyProvinces: LegacyProvince[];
  legacyDistricts: LegacyDistrict[];
  legacyCommunes: LegacyCommune[];
  provinces2025: Province2025[];
  communes2025: Commune2025[];
  conversions: Conversion[];
}

const gunzipAsync = promisify(gunzip);

async function readCsv<Column extends string>(directory: string, file: string, columns: readonly Column[]) {
  const text = (await gunzipAsync(await readFile(join(directory, file)))).toString('utf8');
  return csvRecords(text, columns, file);
}

export async function readAdminUnitCatalogue(directory: string = paths.adminUnits): Promise<AdminUnitCatalogue> {
  const [districtRows, communeRows, communeRows2025, conversionRows] = await Promise.all([
    readCsv(directory, catalogueFiles.legacyDistricts, ['Mã', 'Tên', 'Cấp', 'Mã TP', 'Tỉnh / Thành Phố']),
    readCsv(directory, catalogueFiles.legacyCommunes, ['Mã', 'Tên', 'Cấp', 'Mã QH', 'Mã TP', 'Tỉnh / Thành Phố']),
    readCsv(directory, catalogueFiles.communes2025, [
      'province',
      'ward',
      'wardType',
      'provinceCode',
      'provinceLat',
      'provinceLon',
      'wardCode',
      'wardLat',
      'wardLon',
      'wardAreaKm2',
    ]),
    readCsv(directory, catalogueFiles.conversion, [
      'provinceCode',
      'districtCode',
      'wardCode',
      'newProvinceCode',
      'newWardCode',
    ]),
  ]);

  // The legacy catalogue has no province file: the provinces are the ones its districts and
  // communes name.
  const legacyProvinces = new Map<string, LegacyProvince>();
  for (const row of [...districtRows, ...communeRows]) {
    const code = officialCode(row['Mã TP'], 2);
    addOnce(legacyProvinces, { code, officialName: row['Tỉnh / Thành Phố'].trim() }, 'legacy province');
  }

  const provinces2025 = new Map<string, Province2025>();
  for (const row of communeRows2025) {
    const code = officialCode(row.provinceCode, 2);
    addOnce(
      provinces2025,
      {
        code,
        officialName: row.province.trim(),
        latitude: optionalNumber(row.provinceLat),
        longitude: optionalNumber(row.provinceLon),
      },
      '2025 province',
    );
  }

  return {
    legacyProvinces: [...legacyProvinces.values()],
    legacyDistricts: districtRows.map((row) => ({
      code: officialCode(row.Mã, 3),
      officialName: row.Tên,
      listedKind: row.Cấp,
      provinceCode: officialCode(row['Mã TP'], 2),
    })),
    legacyCommunes: communeRows.map((row) => ({
      code: officialCode(row.Mã, 5),
      officialName: row.Tên,
      listedKind: row.Cấp,
      districtCode: officialCode(row['Mã QH'], 3),
    })),
    provinces2025: [...provinces2025.values()],
    communes2025: communeRows2025.map((row) => ({
      code: officialCode(row.wardCode, 5),
      officialName: row.ward,
      listedKind: row.wardType,
      provinceCode: officialCode(row.provinceCode, 2),
      latitude: optionalNumber(row.wardLat),
      longitude: optionalNumber(row.wardLon),
      areaKm2: optionalNumber(row.wardAreaKm2),
    })),
    conversions: conversionRows.map((row) => ({
      legacyProvinceCode: officialCode(row.provinceCode, 2),
      legacyDistrictCode: officialCode(row.districtCode, 3),
      legacyCommuneCode: row.wardCode.trim() === '' ? null : officialCode(row.wardCode, 5),
      newProvinceCode: officialCode(row.newProvinceCode, 2),
      newCommuneCode: officialCode(row.newWardCode, 5),
    })),
  };
}

/** "1" → "01", "23074.0" → "23074" (the conversion file writes codes as floats). */
export function officialCode(raw: string, digits: 2 | 3 | 5): string {
  const match = /^(\d+)(?:\.0+)?$/.exec(raw.trim());
  if (!match || match[1]!.length > digits) throw new Error(`"${raw}" is not a ${digits}-digit administrative code`);
  return match[1]!.padStart(digits, '0');
}

function optionalNumber(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`"${raw}" is not a number`);
  return value;
}

function addOnce<Unit extends { code: string; officialName: string }>(
  units: Map<string, Unit>,
  unit: Unit,
  what: string,
): void {
  const known = units.get(unit.code);
  if (!known) {
    units.set(unit.code, unit);
    return;
  }
  if (known.officialName !== unit.officialName) {
    throw new Error(`The ${what} ${unit.code} is named both "${known.officialName}" and "${unit.officialName}"`);
  }
}
