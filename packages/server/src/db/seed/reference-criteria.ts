import type { AttainmentLevel, PlaceLevel } from '../../generated/prisma/client.ts';
import { stableId } from '../stable-id.ts';
import { day, type SeedClient, upsertDocument } from './support.ts';

export const NTM_COMMUNE_2021_2025 = 'NTM-COMMUNE-2021-2025';

/** The ID of criterion `number` of a criteria set, e.g. criterionId(NTM_COMMUNE_2021_2025, 4) — electricity. */
export function criterionId(setCode: string, number: number): string {
  return stableId('criterion', setCode, String(number));
}

export function criterionIndicatorId(setCode: string, code: string): string {
  return stableId('criterion-indicator', setCode, code);
}

const PRIME_MINISTER = 'Thủ tướng Chính phủ';

const groups = {
  1: { name: 'Planning', nameVi: 'Quy hoạch' },
  2: { name: 'Socio-economic infrastructure', nameVi: 'Hạ tầng kinh tế – xã hội' },
  3: { name: 'Economy and production', nameVi: 'Kinh tế và tổ chức sản xuất' },
  4: { name: 'Culture, society, environment', nameVi: 'Văn hóa – xã hội – môi trường' },
  5: { name: 'Political system', nameVi: 'Hệ thống chính trị' },
} as const;

type GroupNumber = keyof typeof groups;

/** The 19 criteria of the 2021–2025 commune set, Decision 318/QĐ-TTg of 8 Mar 2022. */
const communeCriteria2021: ReadonlyArray<readonly [number, string, string, GroupNumber]> = [
  [1, 'Planning', 'Quy hoạch', 1],
  [2, 'Transport', 'Giao thông', 2],
  [3, 'Irrigation and disaster prevention', 'Thủy lợi và phòng, chống thiên tai', 2],
  [4, 'Electricity', 'Điện', 2],
  [5, 'Schools', 'Trường học', 2],
  [6, 'Cultural facilities', 'Cơ sở vật chất văn hóa', 2],
  [7, 'Rural commercial infrastructure', 'Cơ sở hạ tầng thương mại nông thôn', 2],
  [8, 'Information and communications', 'Thông tin và Truyền thông', 2],
  [9, 'Residential housing', 'Nhà ở dân cư', 2],
  [10, 'Income', 'Thu nhập', 3],
  [11, 'Multidimensional poverty', 'Nghèo đa chiều', 3],
  [12, 'Labour', 'Lao động', 3],
  [13, 'Production organisation and rural economy', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 3],
  [14, 'Education and training', 'Giáo dục và Đào tạo', 4],
  [15, 'Health', 'Y tế', 4],
  [16, 'Culture', 'Văn hóa', 4],
  [17, 'Environment and food safety', 'Môi trường và an toàn thực phẩm', 4],
  [18, 'Political system and access to law', 'Hệ thống chính trị và tiếp cận pháp luật', 5],
  [19, 'Defence and security', 'Quốc phòng và An ninh', 5],
];

/**
 * The New Rural Development criteria sets and their legal bases: the 2021–2025 commune set with
 * its 19 criteria (standard and advanced levels), the model-commune, district and province sets,
 * the 2024 amendment and the 2026–2030 set. Only what the reference facts state is recorded:
 * no thresholds, and no criteria for the sets whose criteria are not listed there.
 */
export async function seedReferenceCriteria(db: SeedClient): Promise<void> {
  const decision318 = await upsertDocument(db, {
    number: '318/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    issuedOn: '2022-03-08',
    title:
      'Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025',
  });
  const decision319 = await upsertDocument(db, {
    number: '319/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    year: 2022,
    title: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025',
    note: 'Issue date not recorded in the reference source.',
  });
  const decision320 = await upsertDocument(db, {
    number: '320/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    year: 2022,
    title: 'Bộ tiêu chí quốc gia về huyện nông thôn mới và huyện nông thôn mới nâng cao giai đoạn 2021–2025',
    note: 'Issue date not recorded in the reference source.',
  });
  const decision321 = await upsertDocument(db, {
    number: '321/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    year: 2022,
    title: 'Quy định tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025',
    note: 'Issue date not recorded in the reference source.',
  });
  await upsertDocument(db, {
    number: '211/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    year: 2024,
    title: 'Sửa đổi, bổ sung một số chỉ tiêu của các Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2021–2025',
    note: 'Issued in 2024 (day not recorded): amended indicators of the 2021–2025 sets mid-period.',
  });
  const decision51 = await upsertDocument(db, {
    number: '51/2025/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    year: 2025,
    title: 'Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030',
    note: 'Issued in 2025 (day not recorded): 10 criteria and 47 indicators whose thresholds vary by commune group.',
  });
  await upsertDocument(db, {
    number: '18/2022/QĐ-TTg',
    kind: 'DECISION',
    issuer: PRIME_MINISTER,
    year: 2022,
    title:
      'Điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu hồi quyết định công nhận địa phương đạt chuẩn nông thôn mới',
    note: 'The procedure by which a level is recognised, and a recognition revoked.',
  });

  const communeSet = await upsertCriteriaSet(db, {
    code: NTM_COMMUNE_2021_2025,
    name: 'National criteria for new-rural communes and advanced new-rural communes, 2021–2025',
    nameVi: 'Bộ tiêu chí quốc gia về xã nông thôn mới và xã nông thôn mới nâng cao giai đoạn 2021–2025',
    appliesTo: 'COMMUNE',
    levels: ['STANDARD', 'ADVANCED'],
    legalBasisId: decision318,
    validFrom: '2021-01-01',
    validTo: '2025-12-31',
    note:
      'The advanced level uses the same 19 criteria with higher indicators (same decision). Indicators were amended ' +
      'mid-period by Decision 211/QĐ-TTg (2024). Thresholds vary by region (7 regions).',
  });
  for (const [number, name, nameVi, group] of communeCriteria2021) {
    const id = criterionId(NTM_COMMUNE_2021_2025, number);
    const data = {
      setId: communeSet,
      number,
      name,
      nameVi,
      groupNumber: group,
      groupName: groups[group].name,
      groupNameVi: groups[group].nameVi,
    };
    await db.criterion.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  // The one indicator a demo assessment reports a value for (Đông Giang: 100% of households).
  const electricityHouseholds = criterionIndicatorId(NTM_COMMUNE_2021_2025, '4.2');
  const indicatorData = {
    criterionId: criterionId(NTM_COMMUNE_2021_2025, 4),
    code: '4.2',
    name: 'Share of households using electricity regularly and safely',
    nameVi: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện thường xuyên, an toàn từ các nguồn',
    unit: '%',
  };
  await db.criterionIndicator.upsert({
    where: { id: electricityHouseholds },
    create: { id: electricityHouseholds, ...indicatorData },
    update: indicatorData,
  });

  await upsertCriteriaSet(db, {
    code: 'NTM-COMMUNE-MODEL-2021-2025',
    name: 'Model new-rural communes, 2021–2025',
    nameVi: 'Xã nông thôn mới kiểu mẫu giai đoạn 2021–2025',
    appliesTo: 'COMMUNE',
    levels: ['MODEL'],
    legalBasisId: decision319,
    validFrom: '2021-01-01',
    validTo: '2025-12-31',
    note:
      'Requires advanced new-rural status, per-capita income at least 10% above the advanced threshold, at least ' +
      'one "smart village", and one outstanding field.',
  });
  await upsertCriteriaSet(db, {
    code: 'NTM-DISTRICT-2021-2025',
    name: 'National criteria for new-rural districts and advanced new-rural districts, 2021–2025',
    nameVi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới và huyện nông thôn mới nâng cao giai đoạn 2021–2025',
    appliesTo: 'DISTRICT',
    levels: ['STANDARD', 'ADVANCED'],
    legalBasisId: decision320,
    validFrom: '2021-01-01',
    validTo: '2025-12-31',
    note: 'Its criteria are not loaded: the reference source does not list them.',
  });
  await upsertCriteriaSet(db, {
    code: 'NTM-PROVINCE-2021-2025',
    name: 'Provinces completing the New Rural Development task, 2021–2025',
    nameVi: 'Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025',
    appliesTo: 'PROVINCE',
    levels: ['STANDARD'],
    legalBasisId: decision321,
    validFrom: '2021-01-01',
    validTo: '2025-12-31',
    note: 'Its criteria are not loaded: the reference source does not list them.',
  });
  await upsertCriteriaSet(db, {
    code: 'NTM-COMMUNE-2026-2030',
    name: 'National criteria for new-rural communes, 2026–2030',
    nameVi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030',
    appliesTo: 'COMMUNE',
    levels: [],
    legalBasisId: decision51,
    validFrom: '2026-01-01',
    validTo: '2030-12-31',
    supersedesId: communeSet,
    note:
      '10 criteria and 47 indicators whose thresholds vary by commune group. The criteria and the levels are not ' +
      'loaded: the reference source does not name them.',
  });
}

interface CriteriaSetInput {
  code: string;
  name: string;
  nameVi: string;
  appliesTo: PlaceLevel;
  levels: AttainmentLevel[];
  legalBasisId: string;
  validFrom: string;
  validTo: string;
  supersedesId?: string;
  note: string;
}

async function upsertCriteriaSet(db: SeedClient, set: CriteriaSetInput): Promise<string> {
  const id = stableId('criteria-set', set.code);
  const data = {
    code: set.code,
    name: set.name,
    nameVi: set.nameVi,
    programme: 'NEW_RURAL_DEVELOPMENT' as const,
    appliesTo: set.appliesTo,
    levels: set.levels,
    legalBasisId: set.legalBasisId,
    validFrom: day(set.validFrom),
    validTo: day(set.validTo),
    supersedesId: set.supersedesId ?? null,
    note: set.note,
  };
  await db.criteriaSet.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}
