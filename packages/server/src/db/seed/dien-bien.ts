import type { ActivityCategory, AgencyKind } from '../../generated/prisma/client.ts';
import { criterionId, NTM_COMMUNE_2021_2025 } from './reference-criteria.ts';
import {
  placeId,
  requirePlaces,
  type SeedClient,
  upsertActivity,
  upsertAgency,
  upsertDocument,
  upsertNeed,
  upsertTwinning,
} from './support.ts';

const province = { code: '11', id: placeId('legacy', 'PROVINCE', '11') };
const dienBienDong = placeId('legacy', 'DISTRICT', '101');

/** Written as in the report (QD, not QĐ). */
const DECISION_2072_NUMBER = '2072/QD-UBND';

/** The nine units the report names ("including": the list may be partial). */
const assignedUnits: ReadonlyArray<{ kind: AgencyKind; name: string; nameEn: string; note?: string }> = [
  {
    kind: 'PROVINCIAL_DEPARTMENT',
    name: 'Sở Tài nguyên và Môi trường tỉnh Điện Biên',
    nameEn: 'Department of Natural Resources and Environment',
  },
  {
    kind: 'PROVINCIAL_DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội tỉnh Điện Biên',
    nameEn: 'Department of Labour, Invalids and Social Affairs',
  },
  { kind: 'PROVINCIAL_DEPARTMENT', name: 'Sở Công Thương tỉnh Điện Biên', nameEn: 'Department of Industry and Trade' },
  {
    kind: 'PROVINCIAL_DEPARTMENT',
    name: 'Sở Thông tin và Truyền thông – Khoa học và Công nghệ tỉnh Điện Biên',
    nameEn: 'Department of Information and Communications and Science and Technology',
    note:
      'Named as one unit in the report: the Department of Information and Communications and the Department of ' +
      'Science and Technology were merged in 2025. In 2021 they were two departments, and the report does not say ' +
      'which of them (or both) the decision assigned.',
  },
  { kind: 'MASS_ORGANISATION', name: 'Tỉnh đoàn Điện Biên', nameEn: 'Provincial Youth Union' },
  { kind: 'MASS_ORGANISATION', name: 'Liên đoàn Lao động tỉnh Điện Biên', nameEn: 'Provincial Labour Federation' },
  {
    kind: 'PROVINCIAL_DEPARTMENT',
    name: 'Cục Quản lý thị trường tỉnh Điện Biên',
    nameEn: 'Market Management Department',
  },
  {
    kind: 'EDUCATION_INSTITUTION',
    name: 'Trường Cao đẳng Sư phạm Điện Biên',
    nameEn: "Điện Biên Teachers' Training College",
  },
  { kind: 'PRESS', name: 'Báo Điện Biên Phủ', nameEn: 'Điện Biên Phủ newspaper' },
];

const SUPPORT_SINCE_2021 =
  'Support reported since 2021 by the provincial units assigned under Decision 2072/QD-UBND. The report gives no ' +
  'values and does not say which unit gave it or in which commune.';

const supportSince2021: ReadonlyArray<{
  key: string;
  category: ActivityCategory;
  title: string;
  beneficiaryDescription?: string;
  criteria?: number[];
}> = [
  { key: 'production-development', category: 'PRODUCTION_SUPPORT', title: 'Production development support' },
  {
    key: 'socio-economic-infrastructure',
    category: 'INFRASTRUCTURE',
    title: 'Socio-economic infrastructure support',
  },
  { key: 'trade', category: 'TRADE_PROMOTION', title: 'Trade support' },
  { key: 'school-it-equipment', category: 'EQUIPMENT', title: 'IT equipment for schools', criteria: [5] },
  { key: 'scholarships', category: 'SCHOLARSHIP', title: 'Scholarships', beneficiaryDescription: 'students' },
  {
    key: 'winter-necessities',
    category: 'IN_KIND_GIFT',
    title: 'Blankets, warm clothes and necessities',
    beneficiaryDescription: 'poor households, policy families and students',
  },
];

/** What the communes asked for next (the report names no commune, so the needs sit on the district). */
const needs: ReadonlyArray<{ key: string; category: ActivityCategory; title: string; criterion?: number }> = [
  { key: 'village-roads', category: 'INFRASTRUCTURE', title: 'Village roads', criterion: 2 },
  { key: 'village-cultural-houses', category: 'INFRASTRUCTURE', title: 'Village cultural houses', criterion: 6 },
  { key: 'rural-road-lighting', category: 'INFRASTRUCTURE', title: 'Rural road lighting', criterion: 4 },
  { key: 'school-buildings', category: 'INFRASTRUCTURE', title: 'School buildings', criterion: 5 },
  { key: 'seedlings', category: 'PRODUCTION_SUPPORT', title: 'Seedlings' },
  { key: 'medicines-and-check-ups', category: 'HEALTH', title: 'Medicines and medical check-ups', criterion: 15 },
  { key: 'digital-transformation', category: 'OTHER', title: 'Digital transformation', criterion: 8 },
];

/**
 * Điện Biên: Decision 2072/QD-UBND (17 Nov 2021) assigns provincial units to help the extremely
 * disadvantaged communes of Điện Biên Đông district for 2021–2025; their support since 2021 and
 * the needs the communes raised next.
 */
export async function seedDienBien(db: SeedClient): Promise<void> {
  await requirePlaces(db, { 'Điện Biên (11)': province.id, 'Điện Biên Đông (101)': dienBienDong });

  const decision = await upsertDocument(db, {
    number: DECISION_2072_NUMBER,
    kind: 'DECISION',
    issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
    issuerPlaceId: province.id,
    issuedOn: '2021-11-17',
    title:
      'Phân công các cơ quan, đơn vị cấp tỉnh giúp đỡ các xã đặc biệt khó khăn huyện Điện Biên Đông giai đoạn 2021–2025',
    note: 'Title describes the subject as reported; the decision text is not in the source.',
  });

  for (const unit of assignedUnits) {
    const agencyId = await upsertAgency(db, { ...unit, homeProvince: province });
    await upsertTwinning(db, {
      agencyId,
      placeId: dienBienDong,
      relation: 'HELP',
      documentId: decision,
      startsOn: '2021-01-01',
      startPrecision: 'YEAR',
      endsOn: '2025-12-31',
      note:
        'Assigned by Decision 2072/QD-UBND to help the extremely disadvantaged communes of Điện Biên Đông district ' +
        'for 2021–2025. The report does not say which commune each unit helps, so the assignment is recorded on the ' +
        'district.',
    });
  }

  // An activity has exactly one agency; the report credits this support to the assigned units together.
  const assignedUnitsTogether = await upsertAgency(db, {
    kind: 'OTHER',
    name: 'Các cơ quan, đơn vị cấp tỉnh được phân công theo Quyết định 2072/QD-UBND',
    nameEn: 'Provincial units assigned under Decision 2072/QD-UBND (together)',
    homeProvince: province,
    note:
      'Stands for the assigned units as a group, where the report credits support or requests to them together ' +
      'without naming a unit. It is not an organisation of its own.',
  });

  for (const support of supportSince2021) {
    await upsertActivity(db, {
      key: support.key,
      agencyId: assignedUnitsTogether,
      placeId: dienBienDong,
      category: support.category,
      title: support.title,
      description: SUPPORT_SINCE_2021,
      occurredOn: '2021-01-01',
      datePrecision: 'YEAR',
      beneficiaryDescription: support.beneficiaryDescription,
      criterionIds: (support.criteria ?? []).map((number) => criterionId(NTM_COMMUNE_2021_2025, number)),
    });
  }

  for (const need of needs) {
    await upsertNeed(db, {
      key: need.key,
      placeId: dienBienDong,
      category: need.category,
      title: need.title,
      description:
        'Requested next by the communes of Điện Biên Đông helped under Decision 2072/QD-UBND (the report names no ' +
        'commune), so that they can meet the new-rural criteria. The year is inferred: the report names the ' +
        'department merged in 2025.',
      requestedOn: '2025-01-01',
      datePrecision: 'YEAR',
      criterionId: need.criterion === undefined ? undefined : criterionId(NTM_COMMUNE_2021_2025, need.criterion),
      requestedOfId: assignedUnitsTogether,
    });
  }
}
