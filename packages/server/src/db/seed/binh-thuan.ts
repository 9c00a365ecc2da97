import { stableId } from '../stable-id.ts';
import { criterionId, criterionIndicatorId, NTM_COMMUNE_2021_2025 } from './reference-criteria.ts';
import {
  type ActivityInput,
  placeId,
  requirePlaces,
  type SeedClient,
  upsertActivity,
  upsertAgency,
  upsertIndicatorObservation,
  upsertTwinning,
} from './support.ts';

const province = { code: '60', id: placeId('legacy', 'PROVINCE', '60') };
const hamThuanBac = placeId('legacy', 'DISTRICT', '597');
const dongGiang = placeId('legacy', 'COMMUNE', '23074');

const SOURCE = 'Bình Thuận Department of Industry and Trade, twinning with Đông Giang commune 2016–2023';

/** Undated support falls between the twinning ceremony and the report, and is stored as that span. */
const TWINNING_YEARS = { occurredOn: '2016-08-01', datePrecision: 'MONTH', endedOn: '2023-12-31' } as const;
const UNDATED = 'The report gives no date: some time between the twinning (August 2016) and the report (2023).';

/**
 * Bình Thuận: the Department of Industry and Trade and Đông Giang commune (Hàm Thuận Bắc district),
 * twinned since August 2016, with every support item the report lists and the commune's
 * electricity and poverty figures.
 */
export async function seedBinhThuan(db: SeedClient): Promise<void> {
  await requirePlaces(db, {
    'Bình Thuận (60)': province.id,
    'Hàm Thuận Bắc (597)': hamThuanBac,
    'Đông Giang (23074)': dongGiang,
  });

  await db.place.update({
    where: { id: dongGiang },
    data: {
      ethnicMinorityShare: '95',
      ethnicGroups: ["K'Ho", 'Raglai', 'Chăm', 'Tày', 'Nùng', 'Chơ Ro', 'Khmer', 'Stiêng'],
      note: "Highland commune; about 95% of the population are ethnic minorities, K'Ho the majority.",
    },
  });

  const department = await upsertAgency(db, {
    kind: 'PROVINCIAL_DEPARTMENT',
    name: 'Sở Công Thương tỉnh Bình Thuận',
    nameEn: 'Department of Industry and Trade',
    homeProvince: province,
  });
  const twinning = await upsertTwinning(db, {
    agencyId: department,
    placeId: dongGiang,
    relation: 'TWINNING',
    startsOn: '2016-08-01',
    startPrecision: 'MONTH',
    note:
      'Twinned at a ceremony at the end of August 2016, by provincial assignment (the report names no document); ' +
      'the department has planned the twinning every year since (2016–2023, eight years).',
  });

  const electricity = criterionId(NTM_COMMUNE_2021_2025, 4);
  const schools = criterionId(NTM_COMMUNE_2021_2025, 5);
  const activities: Array<Omit<ActivityInput, 'agencyId' | 'placeId' | 'twinningId'>> = [
    {
      key: 'twinning-ceremony',
      category: 'OTHER',
      title: 'Twinning ceremony',
      description: 'Ceremony at the end of August 2016 at which the department and the commune twinned.',
      occurredOn: '2016-08-01',
      datePrecision: 'MONTH',
    },
    {
      key: 'policy-family-gifts',
      category: 'IN_KIND_GIFT',
      title: 'Gifts to policy families',
      description: UNDATED,
      ...TWINNING_YEARS,
      beneficiaryDescription: 'policy families',
    },
    {
      key: 'mid-autumn-festival',
      category: 'FESTIVAL',
      title: 'Mid-Autumn festival for children',
      description: UNDATED,
      ...TWINNING_YEARS,
      beneficiaryDescription: 'children',
      occasion: 'Mid-Autumn festival (Tết Trung thu)',
    },
    {
      key: 'notebooks',
      category: 'IN_KIND_GIFT',
      title: 'Notebooks for poor students',
      description: UNDATED,
      ...TWINNING_YEARS,
      beneficiaryDescription: 'poor students',
      items: [{ description: 'Notebooks' }],
    },
    {
      key: 'school-electrical-system',
      category: 'INFRASTRUCTURE',
      title: 'Replacing the electrical system of Đông Giang secondary school',
      description: UNDATED,
      ...TWINNING_YEARS,
      criterionIds: [schools],
    },
    {
      key: 'school-wall-fans',
      category: 'EQUIPMENT',
      title: '30 wall fans for schools',
      description: `Mobilised from enterprises the report does not name. ${UNDATED}`,
      ...TWINNING_YEARS,
      fundingSource: 'MOBILISED_ENTERPRISES',
      items: [{ description: 'Wall fans', quantity: '30', unit: 'fans' }],
      criterionIds: [schools],
    },
    {
      key: 'covid-masks-direct',
      category: 'HEALTH',
      title: '600 antibacterial cloth masks',
      description:
        'Given directly by the department during the COVID-19 pandemic (no date reported: between 2020 and the ' +
        'report).',
      occurredOn: '2020-01-01',
      datePrecision: 'YEAR',
      endedOn: '2023-12-31',
      valueVnd: 4_800_000n,
      fundingSource: 'AGENCY_OWN',
      occasion: 'COVID-19 pandemic',
      items: [{ description: 'Antibacterial cloth masks', quantity: '600', unit: 'masks', valueVnd: 4_800_000n }],
    },
    {
      key: 'covid-masks-mobilised',
      category: 'HEALTH',
      title: '1,500 masks donated by mobilised enterprises',
      description:
        'Donated by enterprises mobilised by the department (not named in the report) during the COVID-19 pandemic ' +
        '(no date reported: between 2020 and the report).',
      occurredOn: '2020-01-01',
      datePrecision: 'YEAR',
      endedOn: '2023-12-31',
      valueVnd: 12_000_000n,
      fundingSource: 'MOBILISED_ENTERPRISES',
      occasion: 'COVID-19 pandemic',
      items: [{ description: 'Masks', quantity: '1500', unit: 'masks', valueVnd: 12_000_000n }],
    },
    {
      key: 'solar-street-lighting',
      category: 'INFRASTRUCTURE',
      title: 'Solar street-lighting system: 30 lamps along a 1.5 km road',
      // Bình Thuận was re-established in 1992, so its 30th anniversary fell in 2022.
      description: "Built for the 30th anniversary of the province's re-establishment (1992–2022).",
      occurredOn: '2022-01-01',
      datePrecision: 'YEAR',
      occasion: '30th anniversary of the re-establishment of Bình Thuận province',
      items: [{ description: 'Solar street lamps along a 1.5 km road', quantity: '30', unit: 'lamps' }],
      criterionIds: [electricity],
    },
    {
      key: 'commercial-skills-training',
      category: 'TRAINING',
      title: 'Training course on commercial human resources',
      description: UNDATED,
      ...TWINNING_YEARS,
      beneficiaryDescription: 'commune officials and traders',
    },
    {
      key: 'lunar-new-year-mobile-sales',
      category: 'TRADE_PROMOTION',
      title: 'Mobile sales of essential goods before Lunar New Year',
      description: UNDATED,
      ...TWINNING_YEARS,
      occasion: 'Lunar New Year (Tết)',
    },
    {
      key: 'national-tourism-year-2023',
      category: 'OTHER',
      title: 'Promotion of "National Tourism Year 2023"',
      occurredOn: '2023-01-01',
      datePrecision: 'YEAR',
      occasion: 'National Tourism Year 2023',
    },
  ];
  for (const activity of activities) {
    await upsertActivity(db, { ...activity, agencyId: department, placeId: dongGiang, twinningId: twinning });
  }

  await upsertIndicatorObservation(db, {
    placeId: dongGiang,
    indicatorCode: 'ELECTRICITY_ACCESS',
    year: 2023,
    value: '100',
    source: SOURCE,
  });
  await upsertIndicatorObservation(db, {
    placeId: dongGiang,
    indicatorCode: 'POOR_AND_NEAR_POOR_RATE',
    year: 2023,
    value: '40',
    qualifier: 'MORE_THAN',
    source: SOURCE,
  });

  const assessment = stableId('criterion-assessment', dongGiang, electricity, '2023', 'STANDARD');
  const assessmentData = {
    placeId: dongGiang,
    criterionId: electricity,
    year: 2023,
    level: 'STANDARD' as const,
    status: 'MET' as const,
    evidence: `100% of households have electricity; criterion 4 (electricity) is maintained. Source: ${SOURCE}.`,
  };
  await db.criterionAssessment.upsert({
    where: { id: assessment },
    create: { id: assessment, ...assessmentData },
    update: assessmentData,
  });
  const households = criterionIndicatorId(NTM_COMMUNE_2021_2025, '4.2');
  await db.assessmentIndicatorValue.upsert({
    where: { assessmentId_indicatorId: { assessmentId: assessment, indicatorId: households } },
    create: { assessmentId: assessment, indicatorId: households, value: '100', met: true },
    update: { value: '100', met: true },
  });
}
