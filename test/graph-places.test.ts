import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database.close());

describe('places and the 2025 reform', () => {
  it('resolves a reused code as of a date: "24" is Bắc Giang before the reform and Bắc Ninh after', async () => {
    const data = await query(
      app,
      graphql(`query GraphPlacesPlace { before: place(code: "24", asOf: "2025-01-01") { __typename name validTo }
         after: place(code: "24", asOf: "2025-08-01") { __typename name validFrom } }`),
    );
    expect(data.before).toMatchObject({ __typename: 'Province', name: 'Bắc Giang', validTo: '2025-06-30' });
    expect(data.after).toMatchObject({ __typename: 'Province', name: 'Bắc Ninh', validFrom: '2025-07-01' });
  });

  it('finds "Đông Giang" typed without diacritics, walks up to its district and province, and forward to today', async () => {
    const data = await query(
      app,
      graphql(`query GraphPlacesPlaces { places(search: "dong giang", level: COMMUNE, asOf: "2024-01-01", first: 10) {
          nodes { __typename name code
            ... on Commune { district { name } province { name } }
            current { name code parent { name } } } } }`),
    );
    const dongGiang = data.places.nodes.find((place) => place.code === '23074');
    expect(dongGiang).toMatchObject({
      __typename: 'Commune',
      name: 'Đông Giang',
      district: { name: 'Hàm Thuận Bắc' },
      province: { name: 'Bình Thuận' },
    });
    expect(dongGiang?.current).toEqual([{ name: 'Đông Giang', code: '23074', parent: { name: 'Lâm Đồng' } }]);
  });

  it('lists a unit’s successors and the new unit’s predecessors with the date and kind of change', async () => {
    const data = await query(
      app,
      graphql(`query GraphPlacesPlace2 { old: place(code: "23074", asOf: "2024-01-01") { successors { kind effectiveOn successor { name validFrom } } }
         new: place(code: "23074", asOf: "2025-08-01") { predecessors { predecessor { name validTo } } } }`),
    );
    expect(data.old!.successors).toHaveLength(1);
    expect(data.old!.successors[0]).toMatchObject({
      effectiveOn: '2025-07-01',
      successor: { name: 'Đông Giang', validFrom: '2025-07-01' },
    });
    expect(data.new!.predecessors.map((edge) => edge.predecessor)).toContainEqual({
      name: 'Đông Giang',
      validTo: '2025-06-30',
    });
  });

  it('counts support given to the old Đông Giang (Bình Thuận) for the new Đông Giang (Lâm Đồng) only with includeHistory', async () => {
    const data = await query(
      app,
      graphql(`query GraphPlacesPlace3 { place(code: "23074", asOf: "2025-08-01") {
          without: activities(first: 1) { totalCount }
          with: activities(includeHistory: true, first: 100) { totalCount nodes { agency { name } } }
          totalWith: supportTotal(includeHistory: true) { valueVnd activityCount }
          old: supportTotal { valueVnd }
        }
        legacy: place(code: "23074", asOf: "2024-01-01") { supportTotal { valueVnd activityCount } } }`),
    );
    expect(data.place!.without.totalCount).toBe(0);
    expect(data.place!.with.totalCount).toBeGreaterThan(5);
    expect(new Set(data.place!.with.nodes.map((activity) => activity.agency.name))).toContain(
      'Sở Công Thương tỉnh Bình Thuận',
    );
    expect(data.place!.totalWith).toEqual(data.legacy!.supportTotal);
    expect(data.place!.old.valueVnd).toBe('0');
    expect(BigInt(data.place!.totalWith.valueVnd)).toBeGreaterThanOrEqual(16_800_000n);
  });

  it('walks provinces → districts → communes, and lists places as they stood on a date', async () => {
    const data = await query(
      app,
      graphql(`query GraphPlacesPlaces2 { before: places(level: PROVINCE, asOf: "2025-06-30") { totalCount }
         after: places(level: PROVINCE, asOf: "2025-07-01") { totalCount }
         dienBien: places(level: PROVINCE, search: "dien bien", asOf: "2024-01-01") {
           nodes { name ... on Province { districts(first: 20) { nodes { name communes { totalCount } } } } } } }`),
    );
    expect(data.before.totalCount).toBe(63);
    expect(data.after.totalCount).toBe(34);
    const dienBien = data.dienBien.nodes[0];
    const districts = dienBien && 'districts' in dienBien ? dienBien.districts.nodes : [];
    const dienBienDong = districts.find((district) => district.name === 'Điện Biên Đông');
    expect(dienBienDong?.communes.totalCount).toBe(14);
  });

  it('fetches any place again by its global ID through node()', async () => {
    const found = await query(
      app,
      graphql(`query GraphPlacesPlace4 { place(code: "584", asOf: "2024-01-01") { id name } }`),
    );
    const again = await query(
      app,
      graphql(`query GraphPlacesNode($id: ID!) { node(id: $id) { __typename ... on Place { name } } }`),
      { id: found.place!.id },
    );
    expect(again.node).toEqual({ __typename: 'District', name: 'Bác Ái' });
  });

  it('lists the units that exist today unless asked for a day or for every version', async () => {
    const find = graphql(`query GraphPlacesToday($asOf: Date, $includeHistory: Boolean) {
      places(search: "điện biên", level: PROVINCE, asOf: $asOf, includeHistory: $includeHistory) {
        totalCount nodes { name validFrom validTo }
      }
    }`);
    const today = await query(app, find);
    expect(today.places.totalCount).toBe(1);
    expect(today.places.nodes).toEqual([expect.objectContaining({ name: 'Điện Biên', validTo: null })]);

    const before = await query(app, find, { asOf: '2024-01-01' });
    expect(before.places.nodes).toEqual([expect.objectContaining({ name: 'Điện Biên', validTo: '2025-06-30' })]);

    const everyVersion = await query(app, find, { includeHistory: true });
    expect(everyVersion.places.totalCount).toBe(2);
    expect(everyVersion.places.nodes.map((place) => place.validTo).sort()).toEqual(['2025-06-30', null].sort());

    // asOf decides when both are given.
    const both = await query(app, find, { asOf: '2024-01-01', includeHistory: true });
    expect(both.places.nodes).toEqual(before.places.nodes);

    // A district abolished in 2025 still lists its communes.
    const district = await query(
      app,
      graphql(`query GraphPlacesPlace5 { place(code: "101", asOf: "2024-01-01") { id } }`),
    );
    const communes = await query(
      app,
      graphql(`query GraphPlacesPlaces3($parent: ID!) { places(parentId: $parent, level: COMMUNE) { totalCount } }`),
      { parent: district.place!.id },
    );
    expect(communes.places.totalCount).toBe(14);
  });

  it('caps a page at 100 places however many are asked for, and says there are more', async () => {
    const data = await query(
      app,
      graphql(`query GraphPlacesPlaces4 { places(first: 5000) { nodes { name } pageInfo { hasNextPage } } }`),
    );
    expect(data.places.nodes).toHaveLength(100);
    expect(data.places.pageInfo.hasNextPage).toBe(true);
  });
});
