import {
  campaignId,
  type FigureInput,
  placeId,
  requirePlaces,
  type SeedClient,
  upsertCampaign,
  upsertCommendation,
  upsertDocument,
  upsertFigure,
} from './support.ts';

const province = placeId('legacy', 'PROVINCE', '66');
const CAMPAIGN_NAME_VI = 'Kết nghĩa với buôn đồng bào dân tộc thiểu số';

/** The demo dataset is written in one transaction, so this row's presence means the seed completed. */
export const DAK_LAK_CAMPAIGN_ID = campaignId(province, CAMPAIGN_NAME_VI);

const SOURCE = 'Đắk Lắk review of twenty years of twinning with ethnic-minority villages (2004–2024)';
const TWENTY_YEARS = { periodStart: '2004-01-01', periodEnd: '2024-12-31' } as const;

/**
 * Đắk Lắk: twenty years (2004–2024) of twinning with ethnic-minority villages under Provincial
 * Party Committee document 75-CV/TU. Only totals are published, so they are stored as totals.
 */
export async function seedDakLak(db: SeedClient): Promise<void> {
  await requirePlaces(db, { 'Đắk Lắk (66)': province });

  const partyDocument = await upsertDocument(db, {
    number: '75-CV/TU',
    kind: 'PARTY_DOCUMENT',
    issuer: 'Tỉnh ủy Đắk Lắk',
    issuerPlaceId: province,
    title: 'Kết nghĩa với buôn đồng bào dân tộc thiểu số tại chỗ',
    note: 'Title describes the subject as reported; the document’s date and wording are not in the source.',
  });
  const campaign = await upsertCampaign(db, {
    kind: 'TWINNING_PROGRAMME',
    name: 'Twinning with ethnic-minority villages',
    nameVi: CAMPAIGN_NAME_VI,
    placeId: province,
    documentId: partyDocument,
    startsOn: '2004-01-01',
    note: 'Reviewed after twenty years (2004–2024).',
  });

  const now = { year: 2024 } as const;
  const figures: FigureInput[] = [
    count('twinned_agencies', 'Agencies, organisations and enterprises twinned with villages', 1780, 'agencies', now),
    count(
      'villages_twinned_with_agencies',
      'Indigenous ethnic-minority villages twinned with agencies',
      556,
      'villages',
      now,
    ),
    count('twinned_residential_communities', 'Residential communities twinned with villages', 741, 'communities', now),
    count('villages_twinned_with_communities', 'Villages twinned with residential communities', 544, 'villages', now),
    count(
      'twinned_organisations',
      'Fatherland Front committees, associations and mass organisations twinned with ethnic-minority organisations',
      1182,
      'organisations',
      now,
    ),
    count(
      'counterpart_organisations',
      'Counterpart organisations of ethnic minorities twinned with Fatherland Front committees, associations and mass organisations',
      835,
      'organisations',
      now,
    ),
    count(
      'twinned_kinh_households',
      'Kinh households twinned with ethnic-minority households',
      1323,
      'households',
      now,
    ),
    count('visits_to_twinned_villages', 'Visits to twinned villages', 3475, 'visits', TWENTY_YEARS),
    count(
      'officials_sent',
      'Officials, civil servants and soldiers sent to work with the people',
      31944,
      'people',
      TWENTY_YEARS,
    ),
    {
      placeId: province,
      metric: 'twinning_spending',
      label: 'Spending on twinned-village activities (gifts at holidays, seeds, livestock, necessities, public works)',
      amountVnd: 261_800_000_000n,
      unit: 'VND',
      qualifier: 'MORE_THAN',
      ...TWENTY_YEARS,
    },
  ];
  for (const figure of figures) {
    await upsertFigure(db, { source: SOURCE, campaignId: campaign }, figure);
  }

  for (const [key, recipientCount, awardedBy] of [
    ['twenty-years-party-standing-board', 25, 'Standing Board of the Provincial Party Committee'],
    ['twenty-years-peoples-committee', 28, 'Provincial People’s Committee'],
  ] as const) {
    await upsertCommendation(db, {
      key,
      placeId: province,
      recipientKind: 'GROUP',
      recipientCount,
      awardedBy,
      campaignId: campaign,
      occasion: 'Twenty years of twinning with ethnic-minority villages (2004–2024)',
    });
  }
}

function count(
  metric: string,
  label: string,
  value: number,
  unit: string,
  when: { year: number } | { periodStart: string; periodEnd: string },
): FigureInput {
  return { placeId: province, metric, label, value: String(value), unit, ...when };
}
