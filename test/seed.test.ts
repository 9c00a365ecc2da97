import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { countRows, isDatabaseSeeded, seedDemoData } from '../packages/server/src/db/seed/index.ts';
import { stableId } from '../packages/server/src/db/stable-id.ts';
import { createTestDatabase } from './support/database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const legacy = (level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE', code: string) => stableId('place', 'legacy', level, code);

async function figures(placeId: string, metrics: string[]) {
  const rows = await database.prisma.reportedFigure.findMany({ where: { placeId, metric: { in: metrics } } });
  return rows;
}

describe('the demo dataset', () => {
  it('assigns the nine units named in Decision 2072/QD-UBND to help Điện Biên Đông district for 2021–2025', async () => {
    const twinnings = await database.prisma.twinning.findMany({
      where: { document: { number: '2072/QD-UBND' } },
      include: { agency: true, place: true, document: true },
    });
    expect(twinnings.map((twinning) => twinning.agency.nameEn).sort()).toEqual(
      [
        'Department of Industry and Trade',
        'Department of Information and Communications and Science and Technology',
        'Department of Labour, Invalids and Social Affairs',
        'Department of Natural Resources and Environment',
        'Market Management Department',
        'Provincial Labour Federation',
        'Provincial Youth Union',
        'Điện Biên Phủ newspaper',
        "Điện Biên Teachers' Training College",
      ].sort(),
    );
    for (const twinning of twinnings) {
      expect(twinning).toMatchObject({
        relation: 'HELP',
        placeId: legacy('DISTRICT', '101'),
        startsOn: new Date('2021-01-01T00:00:00Z'),
        endsOn: new Date('2025-12-31T00:00:00Z'),
      });
      expect(twinning.place.name).toBe('Điện Biên Đông');
      expect(twinning.document?.issuedOn).toEqual(new Date('2021-11-17T00:00:00Z'));
    }
    const openNeeds = await database.prisma.need.count({
      where: { placeId: legacy('DISTRICT', '101'), status: 'OPEN' },
    });
    expect(openNeeds).toBe(7);
  });

  it('records every support item of the Bình Thuận Department of Industry and Trade in Đông Giang, masks worth 16.8 million VND', async () => {
    const dongGiang = legacy('COMMUNE', '23074');
    const activities = await database.prisma.activity.findMany({
      where: { placeId: dongGiang, agency: { name: 'Sở Công Thương tỉnh Bình Thuận' } },
      include: { items: true, criteria: { include: { criterion: true } } },
    });
    expect(activities).toHaveLength(12);
    const items = activities.flatMap((activity) => activity.items);
    expect(items.map((item) => [item.description, item.quantity?.toString() ?? null]).sort()).toEqual(
      [
        ['Antibacterial cloth masks', '600'],
        ['Masks', '1500'],
        ['Notebooks', null],
        ['Solar street lamps along a 1.5 km road', '30'],
        ['Wall fans', '30'],
      ].sort(),
    );
    const masks = await database.prisma.activity.aggregate({
      where: { placeId: dongGiang, occasion: 'COVID-19 pandemic' },
      _sum: { valueVnd: true },
    });
    expect(masks._sum.valueVnd).toBe(16_800_000n);
    const byEnterprises = activities.find(
      (activity) => activity.fundingSource === 'MOBILISED_ENTERPRISES' && activity.valueVnd,
    );
    expect(byEnterprises?.valueVnd).toBe(12_000_000n);
    const lighting = activities.find((activity) => activity.title.startsWith('Solar street-lighting'));
    expect(lighting?.criteria.map((link) => link.criterion.number)).toEqual([4]);

    const place = await database.prisma.place.findUniqueOrThrow({ where: { id: dongGiang } });
    expect(place.ethnicMinorityShare?.toString()).toBe('95');
    expect(place.ethnicGroups[0]).toBe("K'Ho");
    const electricity = await database.prisma.criterionAssessment.findFirstOrThrow({
      where: { placeId: dongGiang, criterion: { number: 4 } },
      include: { values: true },
    });
    expect(electricity.status).toBe('MET');
    expect(electricity.values[0]?.value?.toString()).toBe('100');
    const poorAndNearPoor = await database.prisma.indicatorObservation.findFirstOrThrow({
      where: { placeId: dongGiang, indicator: { code: 'POOR_AND_NEAR_POOR_RATE' } },
    });
    expect([poorAndNearPoor.qualifier, poorAndNearPoor.value.toString()]).toEqual(['MORE_THAN', '40']);
  });

  it('gives Ninh Thuận’s end-2023 poverty rate 4.21% and near-poor rate 4.61%, and Bác Ái’s decline against its target', async () => {
    const observations = await database.prisma.indicatorObservation.findMany({
      where: { placeId: legacy('PROVINCE', '58'), year: 2023 },
      include: { indicator: true },
    });
    expect(Object.fromEntries(observations.map((row) => [row.indicator.code, row.value.toString()]))).toEqual({
      POVERTY_RATE: '4.21',
      NEAR_POOR_RATE: '4.61',
    });
    const bacAi = await figures(legacy('DISTRICT', '584'), ['poverty_rate_average_annual_decline']);
    expect(Object.fromEntries(bacAi.map((row) => [row.kind, row.value?.toString()]))).toEqual({
      ACTUAL: '6.36',
      TARGET: '5',
    });
  });

  it('splits Hà Tĩnh’s 2023 sponsorship budget into allocations that add up to 95,539,000,000 VND', async () => {
    const haTinh = legacy('PROVINCE', '42');
    const allocations = await database.prisma.fundingAllocation.aggregate({
      where: { placeId: haTinh, year: 2023 },
      _sum: { amountVnd: true },
    });
    expect(allocations._sum.amountVnd).toBe(95_539_000_000n);
    const [total] = await figures(haTinh, ['sponsorship_budget']);
    expect(total?.amountVnd).toBe(95_539_000_000n);
    const commended = await database.prisma.commendation.aggregate({
      where: { placeId: haTinh },
      _sum: { recipientCount: true },
    });
    expect(commended._sum.recipientCount).toBe(26 + 35 + 7 + 11);
  });

  it('keeps Đắk Lắk’s published twinning totals as reported figures', async () => {
    const rows = await database.prisma.reportedFigure.findMany({ where: { placeId: legacy('PROVINCE', '66') } });
    const totals = Object.fromEntries(rows.map((row) => [row.metric, row.value?.toString() ?? row.amountVnd]));
    expect(totals).toEqual({
      twinned_agencies: '1780',
      villages_twinned_with_agencies: '556',
      twinned_residential_communities: '741',
      villages_twinned_with_communities: '544',
      twinned_organisations: '1182',
      counterpart_organisations: '835',
      twinned_kinh_households: '1323',
      visits_to_twinned_villages: '3475',
      officials_sent: '31944',
      twinning_spending: 261_800_000_000n,
    });
    expect(rows.find((row) => row.metric === 'twinning_spending')?.qualifier).toBe('MORE_THAN');
    const commendations = await database.prisma.commendation.findMany({ where: { placeId: legacy('PROVINCE', '66') } });
    expect(commendations.map((row) => row.recipientCount).sort()).toEqual([25, 28]);
  });

  it('keeps Lộc Hà district, recognised in 2023 and since merged into Thạch Hà', async () => {
    const locHa = await database.prisma.place.findUniqueOrThrow({
      where: { id: legacy('DISTRICT', '448') },
      include: { recognitions: true, successorEdges: { include: { successor: true } } },
    });
    expect(locHa).toMatchObject({ name: 'Lộc Hà', code: '448', level: 'DISTRICT', nameFolded: 'loc ha' });
    expect(locHa.recognitions).toEqual([
      expect.objectContaining({ status: 'RECOGNISED', level: 'STANDARD', year: 2023, decidedBy: 'Prime Minister' }),
    ]);
    expect(locHa.successorEdges).toHaveLength(1);
    const [merge] = locHa.successorEdges;
    expect(merge).toMatchObject({ kind: 'MERGE', successor: { code: '445', name: 'Thạch Hà' } });
    expect(locHa.validTo!.getTime()).toBeLessThan(merge!.effectiveOn.getTime());
    const kyAnh = await database.prisma.recognition.findMany({ where: { placeId: legacy('DISTRICT', '447') } });
    expect(kyAnh.map((row) => row.status)).toEqual(['APPLIED']);
  });

  it('holds the 2021–2025 commune NTM set: 19 criteria in 5 groups on Decision 318/QĐ-TTg', async () => {
    const set = await database.prisma.criteriaSet.findUniqueOrThrow({
      where: { code: 'NTM-COMMUNE-2021-2025' },
      include: { criteria: { orderBy: { number: 'asc' } }, legalBasis: true, supersededBy: true },
    });
    expect(set.criteria.map((criterion) => criterion.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(new Set(set.criteria.map((criterion) => criterion.groupNumber)).size).toBe(5);
    expect(set.criteria[3]).toMatchObject({ name: 'Electricity', nameVi: 'Điện' });
    expect(set.legalBasis).toMatchObject({ number: '318/QĐ-TTg', issuedOn: new Date('2022-03-08T00:00:00Z') });
    expect(set.levels).toEqual(['STANDARD', 'ADVANCED']);
    expect(set.supersededBy?.code).toBe('NTM-COMMUNE-2026-2030');
  });

  it('changes nothing when seeded again', async () => {
    expect(await isDatabaseSeeded(database.prisma)).toBe(true);
    const before = await countRows(database.prisma);
    const summary = await seedDemoData(database.prisma);
    expect(summary).toEqual(before);
    expect(await countRows(database.prisma)).toEqual(before);
  });
});

describe('stable IDs', () => {
  // Computed by the hand-rolled SHA-1 version-5 code the uuid package replaced: IDs that partners
  // store and the demo data carries must never change.
  it.each([
    [['place', 'commune', '23074', '1900-01-01'], 'db420a6b-3470-53e5-92c6-85e1edcac225'],
    [['place', 'legacy', 'PROVINCE', '11'], '8c5c88ab-fab9-5b31-96ec-4938eadc0407'],
    [['agency', 'Sở Công Thương tỉnh Điện Biên'], '5398171c-9b48-5cbd-ba7d-dc26766e8f13'],
    [['activity', 'binh-thuan', 'Khẩu trang kháng khuẩn', '2020-04-01'], 'd255ef16-f309-54af-ad18-df10f029309d'],
    [['criterion', 'NTM-2021', '4'], '8c2e0765-f52c-5ea4-811d-516aec83027e'],
    [[''], 'a8c6eee2-2f02-5278-bb0d-7c96b2543887'],
    [['a\u001fb'], 'e57990cc-0363-5d72-8ad1-0a9e577b0dd5'],
  ])('stableId(%j) is %s, as it always was', (key, id) => {
    expect(stableId(...key)).toBe(id);
  });
});
