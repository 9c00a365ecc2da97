import {
  type FigureInput,
  type FigureSource,
  placeId,
  requirePlaces,
  type SeedClient,
  upsertCampaign,
  upsertCommendation,
  upsertFigure,
  upsertIndicatorObservation,
} from './support.ts';

const province = placeId('legacy', 'PROVINCE', '58');
const bacAi = placeId('legacy', 'DISTRICT', '584');

const SOURCE = 'Ninh Thuận review of the movement "For the poor – no one left behind", 2021–2023';

/**
 * Ninh Thuận: the emulation movement "For the poor – no one left behind" (2021–2025), its review
 * of 2021–2023 — poverty-rate declines against their targets, the end-2023 rates — and its
 * commendations.
 */
export async function seedNinhThuan(db: SeedClient): Promise<void> {
  await requirePlaces(db, { 'Ninh Thuận (58)': province, 'Bác Ái (584)': bacAi });

  const campaign = await upsertCampaign(db, {
    kind: 'EMULATION_MOVEMENT',
    name: 'For the poor – no one left behind',
    nameVi: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    placeId: province,
    startsOn: '2021-01-01',
    endsOn: '2025-12-31',
    note: 'Reviewed for 2021–2023.',
  });
  const review: FigureSource = { source: SOURCE, campaignId: campaign };

  await upsertIndicatorObservation(db, {
    placeId: province,
    indicatorCode: 'POVERTY_RATE',
    year: 2023,
    value: '4.21',
    source: SOURCE,
  });
  await upsertIndicatorObservation(db, {
    placeId: province,
    indicatorCode: 'NEAR_POOR_RATE',
    year: 2023,
    value: '4.61',
    source: SOURCE,
  });

  const declines: FigureInput[] = [
    decline(province, 'ACTUAL', '1.46'),
    decline(province, 'ACTUAL', '4.8', 'ethnic-minority and mountainous areas'),
    decline(province, 'TARGET', '3', 'ethnic-minority and mountainous areas'),
    decline(bacAi, 'ACTUAL', '6.36'),
    decline(bacAi, 'TARGET', '5'),
  ];
  for (const figure of declines) await upsertFigure(db, review, figure);

  for (const [recipientKind, recipientCount] of [
    ['GROUP', 5],
    ['INDIVIDUAL', 7],
  ] as const) {
    await upsertCommendation(db, {
      key: `for-the-poor-2021-2023-${recipientKind.toLowerCase()}`,
      placeId: province,
      recipientKind,
      recipientCount,
      awardedBy: 'Chairman of the Provincial People’s Committee',
      presentedBy: 'Department of Labour, Invalids and Social Affairs',
      campaignId: campaign,
      occasion: 'Review of the movement "For the poor – no one left behind", 2021–2023',
    });
  }
}

function decline(placeId: string, kind: 'ACTUAL' | 'TARGET', value: string, scope?: string): FigureInput {
  return {
    placeId,
    metric: 'poverty_rate_average_annual_decline',
    label:
      kind === 'ACTUAL' ? 'Average yearly fall of the poverty rate' : 'Target average yearly fall of the poverty rate',
    labelVi: 'Tỷ lệ hộ nghèo giảm bình quân hằng năm',
    kind,
    value,
    unit: 'percentage points per year',
    scope,
    periodStart: '2021-01-01',
    periodEnd: '2023-12-31',
  };
}
