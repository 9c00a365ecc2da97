import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database.close());

interface NamedPlace {
  id: string;
  __typename: string;
  name: string;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
}

describe('places and the 2025 reform', () => {
  it('resolves a reused code as of a date: "24" is Bắc Giang before the reform and Bắc Ninh after', async () => {
    const data = await query<{ before: NamedPlace; after: NamedPlace }>(
      app,
      `{ before: place(code: "24", asOf: "2025-01-01") { __typename name validTo }
         after: place(code: "24", asOf: "2025-08-01") { __typename name validFrom } }`,
    );
    expect(data.before).toMatchObject({ __typename: 'Province', name: 'Bắc Giang', validTo: '2025-06-30' });
    expect(data.after).toMatchObject({ __typename: 'Province', name: 'Bắc Ninh', validFrom: '2025-07-01' });
  });

  it('finds "Đông Giang" typed without diacritics, walks up to its district and province, and forward to today', async () => {
    const data = await query<{
      places: {
        nodes: Array<
          NamedPlace & {
            district: { name: string } | null;
            province: { name: string } | null;
            current: Array<{ name: string; code: string; parent: { name: string } }>;
          }
        >;
      };
    }>(
      app,
      `{ places(search: "dong giang", level: COMMUNE, asOf: "2024-01-01", first: 10) {
          nodes { __typename name code
            ... on Commune { district { name } province { name } }
            current { name code parent { name } } } } }`,
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
    const data = await query<{
      old: { successors: Array<{ kind: string; effectiveOn: string; successor: { name: string; validFrom: string } }> };
      new: { predecessors: Array<{ predecessor: { name: string; validTo: string } }> };
    }>(
      app,
      `{ old: place(code: "23074", asOf: "2024-01-01") { successors { kind effectiveOn successor { name validFrom } } }
         new: place(code: "23074", asOf: "2025-08-01") { predecessors { predecessor { name validTo } } } }`,
    );
    expect(data.old.successors).toHaveLength(1);
    expect(data.old.successors[0]).toMatchObject({
      effectiveOn: '2025-07-01',
      successor: { name: 'Đông Giang', validFrom: '2025-07-01' },
    });
    expect(data.new.predecessors.map((edge) => edge.predecessor)).toContainEqual({
      name: 'Đông Giang',
      validTo: '2025-06-30',
    });
  });

  it('counts support given to the old Đông Giang (Bình Thuận) for the new Đông Giang (Lâm Đồng) only with includeHistory', async () => {
    const data = await query<{
      place: {
        without: { totalCount: number };
        with: { totalCount: number; nodes: Array<{ agency: { name: string } }> };
        totalWith: { valueVnd: string; activityCount: number };
        old: { valueVnd: string };
      };
      legacy: { supportTotal: { valueVnd: string; activityCount: number } };
    }>(
      app,
      `{ place(code: "23074", asOf: "2025-08-01") {
          without: activities(first: 1) { totalCount }
          with: activities(includeHistory: true, first: 100) { totalCount nodes { agency { name } } }
          totalWith: supportTotal(includeHistory: true) { valueVnd activityCount }
          old: supportTotal { valueVnd }
        }
        legacy: place(code: "23074", asOf: "2024-01-01") { supportTotal { valueVnd activityCount } } }`,
    );
    expect(data.place.without.totalCount).toBe(0);
    expect(data.place.with.totalCount).toBeGreaterThan(5);
    expect(new Set(data.place.with.nodes.map((activity) => activity.agency.name))).toContain(
      'Sở Công Thương tỉnh Bình Thuận',
    );
    expect(data.place.totalWith).toEqual(data.legacy.supportTotal);
    expect(data.place.old.valueVnd).toBe('0');
    expect(BigInt(data.place.totalWith.valueVnd)).toBeGreaterThanOrEqual(16_800_000n);
  });

  it('walks provinces → districts → communes, and lists places as they stood on a date', async () => {
    const data = await query<{
      before: { totalCount: number };
      after: { totalCount: number };
      dienBien: {
        nodes: Array<{ name: string; districts: { nodes: Array<{ name: string; communes: { totalCount: number } }> } }>;
      };
    }>(
      app,
      `{ before: places(level: PROVINCE, asOf: "2025-06-30") { totalCount }
         after: places(level: PROVINCE, asOf: "2025-07-01") { totalCount }
         dienBien: places(level: PROVINCE, search: "dien bien", asOf: "2024-01-01") {
           nodes { name ... on Province { districts(first: 20) { nodes { name communes { totalCount } } } } } } }`,
    );
    expect(data.before.totalCount).toBe(63);
    expect(data.after.totalCount).toBe(34);
    const dienBienDong = data.dienBien.nodes[0]?.districts.nodes.find((district) => district.name === 'Điện Biên Đông');
    expect(dienBienDong?.communes.totalCount).toBe(14);
  });

  it('fetches any place again by its global ID through node()', async () => {
    const found = await query<{ place: { id: string; name: string } }>(
      app,
      `{ place(code: "584", asOf: "2024-01-01") { id name } }`,
    );
    const again = await query<{ node: { __typename: string; name: string } }>(
      app,
      `query($id: ID!) { node(id: $id) { __typename ... on Place { name } } }`,
      { id: found.place.id },
    );
    expect(again.node).toEqual({ __typename: 'District', name: 'Bác Ái' });
  });

  it('caps a page at 100 places however many are asked for, and says there are more', async () => {
    const data = await query<{ places: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      app,
      `{ places(first: 5000) { nodes { name } pageInfo { hasNextPage } } }`,
    );
    expect(data.places.nodes).toHaveLength(100);
    expect(data.places.pageInfo.hasNextPage).toBe(true);
  });
});
