import { foldForSearch } from '../../text/fold.ts';
import { stableId } from '../stable-id.ts';
import {
  day,
  type FigureInput,
  type FigureSource,
  placeId,
  requirePlaces,
  type SeedClient,
  upsertCommendation,
  upsertFigure,
} from './support.ts';

const province = placeId('legacy', 'PROVINCE', '42');
const districts = {
  thachHa: placeId('legacy', 'DISTRICT', '445'),
  kyAnh: placeId('legacy', 'DISTRICT', '447'),
  ducTho: placeId('legacy', 'DISTRICT', '440'),
  canLoc: placeId('legacy', 'DISTRICT', '443'),
  nghiXuan: placeId('legacy', 'DISTRICT', '442'),
};
/** Not in the 2025 catalogue (merged into Thạch Hà before the reform), so the seed creates it. */
const LOC_HA_DISTRICT_ID = placeId('legacy', 'DISTRICT', '448');

/**
 * Not stated in the bundled sources, which say only that the merger came before the 2025 reform:
 * Resolution 1251/NQ-UBTVQH15 (24 Oct 2024) on Hà Tĩnh's 2023–2025 arrangement, in force 1 Dec 2024.
 */
const LOC_HA_MERGED_ON = '2024-12-01';
const LOC_HA_LAST_DAY = '2024-11-30';

const CONFERENCE: FigureSource = { source: 'Hà Tĩnh NTM conference, 21 Feb 2024', reportedOn: '2024-02-21' };
const CONFERENCE_OCCASION = 'Conference reviewing New Rural Development in 2023 (21 Feb 2024)';

/**
 * Hà Tĩnh's 2023 New Rural Development results (conference of 21 Feb 2024): recognitions, OCOP,
 * the sponsorship budget, 2024 targets and commendations. The communes and products are not named,
 * so their counts are stored as the published aggregates.
 */
export async function seedHaTinh(db: SeedClient): Promise<void> {
  await requirePlaces(db, {
    'Hà Tĩnh (42)': province,
    'Thạch Hà (445)': districts.thachHa,
    'Kỳ Anh (447)': districts.kyAnh,
    'Đức Thọ (440)': districts.ducTho,
    'Can Lộc (443)': districts.canLoc,
    'Nghi Xuân (442)': districts.nghiXuan,
  });
  await seedLocHaDistrict(db);

  await upsertRecognition(db, {
    placeId: LOC_HA_DISTRICT_ID,
    status: 'RECOGNISED',
    decidedBy: 'Prime Minister',
    note: 'Recognised by the Prime Minister as meeting New Rural Development standards (2023 results); the decision number and date are not in the report.',
  });
  await upsertRecognition(db, {
    placeId: districts.kyAnh,
    status: 'APPLIED',
    note: 'Applied for recognition as meeting New Rural Development standards (2023 results).',
  });

  const actual2023: FigureInput[] = [
    communes('communes_recognised_ntm_standard', 'Communes recognised as meeting NTM', 'Xã đạt chuẩn nông thôn mới', 4),
    communes(
      'communes_recognised_ntm_advanced',
      'Communes recognised as advanced NTM',
      'Xã đạt chuẩn nông thôn mới nâng cao',
      10,
    ),
    communes(
      'communes_recognised_ntm_model',
      'Communes recognised as model NTM (the most in one year)',
      'Xã đạt chuẩn nông thôn mới kiểu mẫu',
      8,
    ),
    ocop('ocop_products_3_star', 'OCOP products rated 3-star in 2023', 128),
    ocop('ocop_products_proposed_4_star', 'OCOP products rated 3-star in 2023 proposed for 4-star', 5),
    ocop('ocop_products_total', 'OCOP products in total', 337),
    ocop('ocop_products_exported', 'OCOP products exported (Korea, New Zealand, Russia, Japan, Angola)', 6),
    {
      placeId: province,
      metric: 'sponsorship_budget',
      label:
        'Sponsorship budget: 15.739 billion VND from units assigned by the Provincial People’s Committee to sponsor ' +
        'villages and communes, 79.800 billion VND mobilised at district level',
      amountVnd: 95_539_000_000n,
      unit: 'VND',
      year: 2023,
    },
    {
      placeId: province,
      metric: 'province_ntm_criteria_met',
      label: 'Criteria of the province-level New Rural Development project met (of 10)',
      value: '2',
      unit: 'criteria',
      year: 2023,
    },
    {
      placeId: province,
      metric: 'province_ntm_criteria_total',
      label: 'Criteria of the province-level New Rural Development project',
      value: '10',
      unit: 'criteria',
      year: 2023,
    },
  ];
  const targets2024: FigureInput[] = [
    {
      placeId: province,
      metric: 'communes_ntm_share',
      label: 'Share of communes meeting NTM (keep at 100%)',
      value: '100',
      unit: '%',
    },
    communes('communes_recognised_ntm_advanced', 'More communes recognised as advanced NTM', undefined, 20),
    communes('communes_recognised_ntm_model', 'More communes recognised as model NTM', undefined, 5),
    { ...ocop('ocop_products_new', 'New OCOP products', 50), qualifier: 'AT_LEAST' },
    { ...ocop('ocop_products_new_4_star_or_more', 'New OCOP products rated 4-star or more', 5), qualifier: 'AT_LEAST' },
    ...[districts.thachHa, districts.ducTho, districts.canLoc, districts.nghiXuan].map(
      (district): FigureInput => ({
        placeId: district,
        metric: 'district_recognised_ntm_advanced',
        label: 'District to reach advanced NTM',
        value: '1',
        unit: 'district',
      }),
    ),
  ];
  for (const figure of actual2023) await upsertFigure(db, CONFERENCE, figure);
  for (const figure of targets2024) await upsertFigure(db, CONFERENCE, { ...figure, kind: 'TARGET', year: 2024 });

  await upsertFunding(db, {
    source: 'ASSIGNED_SPONSORS',
    amountVnd: 15_739_000_000n,
    purpose:
      'Sponsorship of villages and communes by the organisations and units the Provincial People’s Committee ' +
      'assigned to them (New Rural Development, 2023)',
  });
  await upsertFunding(db, {
    source: 'MIXED',
    amountVnd: 79_800_000_000n,
    purpose: 'Mobilised at district level from enterprises and natives living away (New Rural Development, 2023)',
  });

  const chairman = 'Chairman of the Provincial People’s Committee';
  const commendations = [
    { key: 'ntm-2023-groups', recipientKind: 'GROUP', recipientCount: 26, awardedBy: chairman },
    { key: 'ntm-2023-individuals', recipientKind: 'INDIVIDUAL', recipientCount: 35, awardedBy: chairman },
    { key: 'ntm-2023-bridge-point-groups', recipientKind: 'GROUP', recipientCount: 7, bridgePoint: true },
    { key: 'ntm-2023-bridge-point-individuals', recipientKind: 'INDIVIDUAL', recipientCount: 11, bridgePoint: true },
  ] as const;
  for (const commendation of commendations) {
    const bridgePoint = 'bridgePoint' in commendation;
    await upsertCommendation(db, {
      key: commendation.key,
      placeId: province,
      recipientKind: commendation.recipientKind,
      recipientCount: commendation.recipientCount,
      awardedBy: 'awardedBy' in commendation ? commendation.awardedBy : 'Not stated in the report',
      awardedOn: '2024-02-21',
      occasion: bridgePoint ? `${CONFERENCE_OCCASION}, at the provincial bridge point` : CONFERENCE_OCCASION,
    });
  }
}

function communes(metric: string, label: string, labelVi: string | undefined, value: number): FigureInput {
  return { placeId: province, metric, label, labelVi, value: String(value), unit: 'communes', year: 2023 };
}

function ocop(metric: string, label: string, value: number): FigureInput {
  return { placeId: province, metric, label, value: String(value), unit: 'products', year: 2023 };
}

async function seedLocHaDistrict(db: SeedClient): Promise<void> {
  const data = {
    level: 'DISTRICT' as const,
    kind: 'RURAL_DISTRICT' as const,
    code: '448',
    name: 'Lộc Hà',
    fullName: 'Huyện Lộc Hà',
    nameFolded: foldForSearch('Lộc Hà'),
    parentId: province,
    validTo: day(LOC_HA_LAST_DAY),
    note:
      'Merged into Thạch Hà district before the 2025 reform (in force 1 Dec 2024 under Resolution ' +
      '1251/NQ-UBTVQH15; the bundled catalogue does not give the date). Absent from the 2025 catalogue, which lists ' +
      'its former communes under Thạch Hà.',
  };
  await db.place.upsert({
    where: { id: LOC_HA_DISTRICT_ID },
    create: { id: LOC_HA_DISTRICT_ID, ...data },
    update: data,
  });

  const edge = stableId('place-lineage', LOC_HA_DISTRICT_ID, districts.thachHa, LOC_HA_MERGED_ON);
  const edgeData = {
    predecessorId: LOC_HA_DISTRICT_ID,
    successorId: districts.thachHa,
    kind: 'MERGE' as const,
    effectiveOn: day(LOC_HA_MERGED_ON),
    isDefaultSuccessor: true,
    note: 'The whole of Lộc Hà district merged into Thạch Hà district (Resolution 1251/NQ-UBTVQH15).',
  };
  await db.placeLineage.upsert({ where: { id: edge }, create: { id: edge, ...edgeData }, update: edgeData });
}

async function upsertRecognition(
  db: SeedClient,
  recognition: { placeId: string; status: 'RECOGNISED' | 'APPLIED'; decidedBy?: string; note: string },
): Promise<void> {
  const id = stableId('recognition', recognition.placeId, 'NEW_RURAL_DEVELOPMENT', 'STANDARD', '2023');
  const data = {
    placeId: recognition.placeId,
    programme: 'NEW_RURAL_DEVELOPMENT' as const,
    level: 'STANDARD' as const,
    status: recognition.status,
    year: 2023,
    decidedBy: recognition.decidedBy ?? null,
    note: recognition.note,
  };
  await db.recognition.upsert({ where: { id }, create: { id, ...data }, update: data });
}

async function upsertFunding(
  db: SeedClient,
  funding: { source: 'ASSIGNED_SPONSORS' | 'MIXED'; amountVnd: bigint; purpose: string },
): Promise<void> {
  const id = stableId('funding-allocation', province, '2023', funding.source);
  const data = { placeId: province, year: 2023, ...funding };
  await db.fundingAllocation.upsert({ where: { id }, create: { id, ...data }, update: data });
}
