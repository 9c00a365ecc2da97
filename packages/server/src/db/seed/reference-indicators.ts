import { stableId } from '../stable-id.ts';
import type { SeedClient } from './support.ts';

const POVERTY_STANDARD =
  'Multidimensional poverty standard of Decree 07/2021/NĐ-CP (2022–2025): income at or below 1.5 million VND per ' +
  'person per month in rural areas, 2.0 million in urban areas';

/** Statistical series tracked per place and year. */
const indicators = [
  {
    code: 'POVERTY_RATE',
    name: 'Poverty rate',
    nameVi: 'Tỷ lệ hộ nghèo',
    unit: '%',
    lowerIsBetter: true,
    description: `Share of households that are poor. ${POVERTY_STANDARD}, and deprived on at least 3 of the 12 indicators.`,
  },
  {
    code: 'NEAR_POOR_RATE',
    name: 'Near-poor rate',
    nameVi: 'Tỷ lệ hộ cận nghèo',
    unit: '%',
    lowerIsBetter: true,
    description: `Share of households that are near-poor. ${POVERTY_STANDARD}, and deprived on fewer than 3 of the 12 indicators.`,
  },
  {
    code: 'POOR_AND_NEAR_POOR_RATE',
    name: 'Poor and near-poor rate',
    nameVi: 'Tỷ lệ hộ nghèo và hộ cận nghèo',
    unit: '%',
    lowerIsBetter: true,
    description: 'Share of households that are poor or near-poor.',
  },
  {
    code: 'ELECTRICITY_ACCESS',
    name: 'Households with electricity',
    nameVi: 'Tỷ lệ hộ sử dụng điện',
    unit: '%',
    lowerIsBetter: false,
    description: 'Share of households using electricity (New Rural Development criterion 4, electricity).',
  },
  {
    code: 'CLEAN_WATER_ACCESS',
    name: 'Households using clean water',
    nameVi: 'Tỷ lệ hộ sử dụng nước sạch',
    unit: '%',
    lowerIsBetter: false,
    description: 'Share of households using clean water.',
  },
] as const;

export type IndicatorCode = (typeof indicators)[number]['code'];

export async function seedReferenceIndicators(db: SeedClient): Promise<void> {
  for (const indicator of indicators) {
    const id = stableId('indicator', indicator.code);
    await db.indicator.upsert({ where: { id }, create: { id, ...indicator }, update: indicator });
  }
}
