/** How much the scale generator writes. Counts are targets; the summary reports what was written. */
export interface ScaleSize {
  name: ScaleSizeName;
  /** Legacy (pre-2025) province codes whose communes get villages, agencies and support; 'all' for the country. */
  provinces: readonly string[] | 'all';
  villages: number;
  agencies: number;
  twinnings: number;
  activities: number;
  needs: number;
  /** Criterion assessments and indicator observations for every commune in scope, these years inclusive. */
  measuredYears: readonly [from: number, to: number];
  what: string;
}

export const scaleSizeNames = ['small', 'province', 'national'] as const;
export type ScaleSizeName = (typeof scaleSizeNames)[number];

/** Đắk Lắk: 180 of the 10,035 legacy communes (≈ 1/56), with ethnic-minority villages and a 2025 merger. */
const DAK_LAK = '66';

export const scaleSizes: Record<ScaleSizeName, ScaleSize> = {
  small: {
    name: 'small',
    provinces: [DAK_LAK],
    villages: 300,
    agencies: 60,
    twinnings: 300,
    activities: 3_000,
    needs: 120,
    measuredYears: [2022, 2025],
    what: 'one province (Đắk Lắk), a few thousand activities: for CI and tests',
  },
  province: {
    name: 'province',
    provinces: [DAK_LAK],
    villages: 1_400,
    agencies: 340,
    twinnings: 1_700,
    activities: 34_000,
    needs: 850,
    measuredYears: [2016, 2025],
    what: 'one province (Đắk Lắk) at national density: about 1/60 of national',
  },
  national: {
    name: 'national',
    provinces: 'all',
    villages: 80_000,
    agencies: 20_000,
    twinnings: 100_000,
    activities: 2_000_000,
    needs: 50_000,
    measuredYears: [2016, 2025],
    what: 'all 63 legacy provinces: 10,035 communes, 80,000 villages, 2,000,000 activities, 10 years of assessments',
  },
};

export function isScaleSizeName(value: string): value is ScaleSizeName {
  return (scaleSizeNames as readonly string[]).includes(value);
}
