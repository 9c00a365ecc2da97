import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';

let database: Database;
let app: App;
const statements: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  app = createApp({ database });
});
afterAll(() => database.close());

async function placeId(code: string, asOf = '2024-01-01'): Promise<string> {
  const data = await query(
    app,
    graphql(
      `query GraphAgenciesActivitiesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }`,
    ),
    {
      code,
      asOf,
    },
  );
  return data.place!.id;
}

describe('agencies, documents, twinnings and activities', () => {
  it('finds Decision 2072/QD-UBND by "2072" and the nine units it assigned to help Điện Biên Đông', async () => {
    const data = await query(
      app,
      graphql(`query GraphAgenciesActivitiesDocuments { documents(search: "2072") { totalCount nodes { number issuedOn issuerPlace { name }
          twinnings(first: 50) { totalCount nodes { relation startsOn endsOn place { name } agency { name nameEn }
            lastDay: isActiveOn(date: "2025-12-31") after: isActiveOn(date: "2026-01-01") } } } } }`),
    );
    expect(data.documents.totalCount).toBe(1);
    const [decision] = data.documents.nodes;
    expect(decision).toMatchObject({
      number: '2072/QD-UBND',
      issuedOn: '2021-11-17',
      issuerPlace: { name: 'Điện Biên' },
    });
    expect(decision?.twinnings.totalCount).toBe(9);
    expect(decision?.twinnings.nodes.map((twinning) => twinning.agency.nameEn).sort()).toEqual(
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
    for (const twinning of decision?.twinnings.nodes ?? []) {
      expect(twinning).toMatchObject({
        relation: 'HELP',
        startsOn: '2021-01-01',
        endsOn: '2025-12-31',
        place: { name: 'Điện Biên Đông' },
        lastDay: true,
        after: false,
      });
    }
  });

  it('finds "Sở Công Thương" typed without diacritics, in Điện Biên and in Bình Thuận, and narrows to one province', async () => {
    const everywhere = await query(
      app,
      graphql(
        `query GraphAgenciesActivitiesAgencies { agencies(search: "so cong thuong") { nodes { name homeProvince { name } } } }`,
      ),
    );
    expect(everywhere.agencies.nodes.map((agency) => agency.name)).toEqual(
      expect.arrayContaining(['Sở Công Thương tỉnh Bình Thuận', 'Sở Công Thương tỉnh Điện Biên']),
    );
    const binhThuan = await placeId('60');
    const one = await query(
      app,
      graphql(
        `query GraphAgenciesActivitiesAgencies2($province: ID) { agencies(search: "SO CONG THUONG", provinceId: $province) { totalCount nodes { name } } }`,
      ),
      { province: binhThuan },
    );
    expect(one.agencies).toEqual({ totalCount: 1, nodes: [{ name: 'Sở Công Thương tỉnh Bình Thuận' }] });
  });

  it('lists Đông Giang’s support with its in-kind items, and the Department of Industry and Trade’s total', async () => {
    const dongGiang = await placeId('23074');
    const data = await query(
      app,
      graphql(`query GraphAgenciesActivitiesActivities($place: ID) { activities(placeId: $place, first: 50) { totalCount nodes {
          title category valueVnd itemsValueVnd items { description quantity unit valueVnd }
          agency { name supportTotal { valueVnd activityCount } }
          twinning { startsOn supportTotal { valueVnd activityCount } } } } }`),
      { place: dongGiang },
    );
    const activities = data.activities.nodes;
    expect(data.activities.totalCount).toBe(activities.length);
    expect(activities.map((activity) => activity.title)).toEqual(
      expect.arrayContaining([
        'Gifts to policy families',
        'Mid-Autumn festival for children',
        'Notebooks for poor students',
        'Replacing the electrical system of Đông Giang secondary school',
        'Training course on commercial human resources',
        'Mobile sales of essential goods before Lunar New Year',
      ]),
    );
    const fans = activities.find((activity) => activity.title === '30 wall fans for schools');
    expect(fans?.items).toEqual([{ description: 'Wall fans', quantity: 30, unit: 'fans', valueVnd: null }]);
    expect(fans?.itemsValueVnd).toBeNull();
    const masks = activities.find((activity) => activity.title === '600 antibacterial cloth masks');
    expect(masks).toMatchObject({
      category: 'HEALTH',
      valueVnd: '4800000',
      itemsValueVnd: '4800000',
      items: [{ description: 'Antibacterial cloth masks', quantity: 600, unit: 'masks', valueVnd: '4800000' }],
    });
    const lamps = activities.find((activity) => activity.title.startsWith('Solar street-lighting'));
    expect(lamps?.items).toEqual([
      { description: 'Solar street lamps along a 1.5 km road', quantity: 30, unit: 'lamps', valueVnd: null },
    ]);

    const department = {
      name: 'Sở Công Thương tỉnh Bình Thuận',
      supportTotal: { valueVnd: '16800000', activityCount: activities.length },
    };
    for (const activity of activities) {
      expect(activity.agency).toEqual(department);
      expect(activity.twinning).toMatchObject({ startsOn: '2016-08-01', supportTotal: department.supportTotal });
    }
  });

  it('totals the masks given to Đông Giang at 16,800,000 VND, from the activities filtered by place and category', async () => {
    const dongGiang = await placeId('23074');
    const data = await query(
      app,
      graphql(`query GraphAgenciesActivitiesActivities2($place: ID) {
        activities(placeId: $place, category: [HEALTH], orderBy: OCCURRED_ON_ASC) { nodes { title valueVnd fundingSource } }
        agencies(search: "so cong thuong", provinceId: null, kind: PROVINCIAL_DEPARTMENT, first: 10) {
          nodes { period: supportTotal(from: "2020-01-01", to: "2020-12-31") { valueVnd activityCount }
                  before: supportTotal(to: "2019-12-31") { valueVnd activityCount } } } }`),
      { place: dongGiang },
    );
    const masks = data.activities.nodes;
    expect(masks.map((activity) => activity.title).sort()).toEqual([
      '1,500 masks donated by mobilised enterprises',
      '600 antibacterial cloth masks',
    ]);
    expect(masks.map((activity) => activity.fundingSource).sort()).toEqual(['AGENCY_OWN', 'MOBILISED_ENTERPRISES']);
    expect(masks.reduce((sum, activity) => sum + BigInt(activity.valueVnd!), 0n)).toBe(16_800_000n);
    // The masks are the only valued support and are dated 2020; nothing valued came before.
    expect(data.agencies.nodes.map((agency) => agency.period.valueVnd)).toContain('16800000');
    expect(data.agencies.nodes.every((agency) => agency.before.valueVnd === '0')).toBe(true);
  });

  it('counts support from the district down: Điện Biên Đông with its communes, or the district alone', async () => {
    const district = await placeId('101');
    const data = await query(
      app,
      graphql(`query GraphAgenciesActivitiesActivities3($place: ID) {
        down: activities(placeId: $place) { totalCount }
        alone: activities(placeId: $place, includeDescendants: false) { totalCount }
        twinnings(placeId: $place, activeOn: "2023-06-01", status: [ACTIVE]) { totalCount } }`),
      { place: district },
    );
    expect(data.down.totalCount).toBeGreaterThanOrEqual(data.alone.totalCount);
    expect(data.alone.totalCount).toBeGreaterThanOrEqual(6);
    expect(data.twinnings.totalCount).toBe(9);
  });

  it('refuses a global ID of the wrong type with an error that names the expected types', async () => {
    const agency = await query(
      app,
      graphql(
        `query GraphAgenciesActivitiesAgencies3 { agencies(search: "so cong thuong", first: 1) { nodes { id } } }`,
      ),
    );
    const agencyId = agency.agencies.nodes[0]?.id;
    const asPlace = await execute(
      app,
      graphql(`query GraphAgenciesActivitiesActivities4($id: ID) { activities(placeId: $id) { totalCount } }`),
      { id: agencyId },
    );
    expect(asPlace.data ?? null).toBeNull();
    expect(asPlace.errors?.[0]?.message).toMatch(/is not of type: Province, District, Commune, Village/);

    const commune = await placeId('23074');
    const asProvince = await execute(
      app,
      graphql(`query GraphAgenciesActivitiesAgencies4($id: ID) { agencies(provinceId: $id) { totalCount } }`),
      {
        id: commune,
      },
    );
    expect(asProvince.errors?.[0]?.message).toMatch(/is not of type: Province/);
  });

  it('computes support totals for a page of agencies and twinnings with as many statements as for one', async () => {
    // Oldest first, so the one-twinning page (Đông Giang, 2016) already has activities with items.
    const page =
      graphql(`query GraphAgenciesActivitiesPage($n: Int) { twinnings(first: $n, orderBy: STARTS_ON_ASC) { nodes {
        supportTotal { valueVnd } agency { name supportTotal { valueVnd activityCount } }
        activities(first: 5) { nodes { itemsValueVnd items { valueVnd } } } } } }`);
    statements.length = 0;
    await query(app, page, { n: 1 });
    const one = statements.length;
    statements.length = 0;
    const data = await query(app, page, { n: 20 });
    expect(data.twinnings.nodes.length).toBeGreaterThan(5);
    expect(statements.length).toBe(one);
  });
});
