import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../packages/sdk/src/generated/persisted-documents.json' with { type: 'json' };
import { SupportSummaryDocument } from '../packages/sdk/src/index.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import type { ExportSupportSummaryQuery } from './generated/graphql.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

const supportSummaryHash = (SupportSummaryDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;

type SupportGroup = ExportSupportSummaryQuery['supportSummary']['nodes'][number];

async function exportFile(app: App, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return app.fetch('http://twinning.test/export', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function csvRows(response: Response): Promise<string[][]> {
  // response.text() would drop the BOM; Excel needs it to read the file as UTF-8.
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes)) as string[][];
}

/** Every commune's totals as the API gives them, page by page. */
async function supportByCommune(app: App): Promise<SupportGroup[]> {
  const groups: SupportGroup[] = [];
  let after: string | null = null;
  do {
    const data: ExportSupportSummaryQuery = await query(
      app,
      graphql(`query ExportSupportSummary($after: String) { supportSummary(groupBy: [COMMUNE], orderBy: KEY_ASC, first: 5, after: $after) {
        nodes { commune { code name } valueVnd activityCount } pageInfo { hasNextPage endCursor } } }`),
      { after },
    );
    groups.push(...data.supportSummary.nodes);
    after = data.supportSummary.pageInfo.hasNextPage ? data.supportSummary.pageInfo.endCursor : null;
  } while (after);
  return groups;
}

describe('exports: any query as CSV or XLSX, every page, streamed', () => {
  let database: Database;
  let app: App;
  const statements: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
    app = createApp({ database, trustedDocuments: { manifest, only: false } });
  });
  afterAll(async () => {
    await database.close();
  });

  it('an analyst downloads every district as CSV: UTF-8 with BOM, Vietnamese intact, all pages walked without asking for them', async () => {
    const { places } = await query(
      app,
      graphql(`query ExportPlaces { places(level: DISTRICT, asOf: "2024-01-01") { totalCount } }`),
    );
    expect(places.totalCount).toBeGreaterThan(100);
    const response = await exportFile(app, {
      query: '{ places(level: DISTRICT, asOf: "2024-01-01", orderBy: CODE) { nodes { code name parent { name } } } }',
      columns: ['code:Mã', 'name:Huyện', 'parent.name:Tỉnh'],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = await csvRows(response);
    expect(header).toEqual(['Mã', 'Huyện', 'Tỉnh']);
    expect(rows).toHaveLength(places.totalCount);
    expect(new Set(rows.map((row) => row[0])).size).toBe(places.totalCount);
    expect(rows).toContainEqual(['101', 'Điện Biên Đông', 'Điện Biên']);
  });

  it('supportSummary grouped by commune, through the SDK’s persisted document, has the API’s numbers', async () => {
    const expected = await supportByCommune(app);
    expect(expected.length).toBeGreaterThan(1);
    const response = await exportFile(app, {
      documentId: supportSummaryHash,
      variables: { groupBy: ['COMMUNE'], orderBy: 'KEY_ASC', first: 5 },
      columns: ['commune.code:Mã xã', 'commune.name:Xã', 'valueVnd:Giá trị (VND)', 'activityCount'],
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('x-total-count'))).toBe(expected.length);
    const [header, ...rows] = await csvRows(response);
    expect(header).toEqual(['Mã xã', 'Xã', 'Giá trị (VND)', 'activityCount']);
    expect(rows).toEqual(
      expected.map((group) => [
        group.commune?.code ?? '',
        group.commune?.name ?? '',
        group.valueVnd,
        String(group.activityCount),
      ]),
    );
  });

  it('XLSX carries numbers, amounts and dates as cells a spreadsheet can sum and sort', async () => {
    const response = await exportFile(app, {
      query: `{ activities(first: 7) { nodes { title occurredOn valueVnd beneficiaryCount place { name } } } }`,
      format: 'xlsx',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = await readSheet(Buffer.from(await response.arrayBuffer()));
    const [header, ...rows] = sheet;
    expect(header).toEqual(['title', 'occurredOn', 'valueVnd', 'beneficiaryCount', 'place.name']);
    const { activities } = await query(
      app,
      graphql(`query ExportActivities { activities { totalCount nodes { title occurredOn valueVnd } } }`),
    );
    // every page, not the 7 asked per page
    expect(rows).toHaveLength(activities.totalCount);
    const withValue = rows.find((row) => row[2] !== null);
    expect(typeof withValue?.[2]).toBe('number');
    expect(rows[0]?.[1]).toBeInstanceOf(Date);
    const first = activities.nodes[0]!;
    expect(rows).toContainEqual(expect.arrayContaining([first.title, new Date(`${first.occurredOn}T00:00:00Z`)]));
  });

  it('Accept: text/csv on /graphql exports a persisted operation sent by GET', async () => {
    const params = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: supportSummaryHash } }),
      variables: JSON.stringify({ groupBy: ['YEAR'], orderBy: 'KEY_ASC' }),
      columns: 'year,valueVnd',
    });
    const response = await app.fetch(`http://twinning.test/graphql?${params}`, { headers: { accept: 'text/csv' } });
    expect(response.status).toBe(200);
    const [header, ...rows] = await csvRows(response);
    expect(header).toEqual(['year', 'valueVnd']);
    const { supportSummary } = await query(
      app,
      graphql(
        `query ExportSupportSummary2 { supportSummary(groupBy: [YEAR], orderBy: KEY_ASC) { nodes { year valueVnd } } }`,
      ),
    );
    expect(rows).toEqual(supportSummary.nodes.map((group) => [String(group.year), group.valueVnd]));
  });

  it('reads a page only when the previous one has been taken: a cancelled download stops the paging', async () => {
    statements.length = 0;
    // 10,035 communes before the reform: 101 pages of 100, at least one SQL statement each.
    const response = await exportFile(app, {
      query: '{ places(level: COMMUNE, asOf: "2024-01-01") { nodes { code name } } }',
    });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThan(20);
  });

  it('cells that would run as spreadsheet formulas stay text', async () => {
    const headers = await apiKeyHeader(database, 'ADMIN');
    const { twinnings } = await query(app, graphql(`query ExportTwinnings { twinnings(first: 1) { nodes { id } } }`));
    const recorded = await app.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: `mutation ($twinningId: ID!) { recordActivity(input: { twinningId: $twinningId, category: VISIT, title: "=HYPERLINK(\\"http://x\\")", occurredOn: "2024-01-02" }) { __typename } }`,
        variables: { twinningId: twinnings.nodes[0]!.id },
      }),
    });
    expect(await recorded.json()).toMatchObject({ data: { recordActivity: { __typename: 'RecordActivitySuccess' } } });
    const response = await exportFile(app, {
      query: '{ activities(first: 100, orderBy: RECORDED_DESC) { nodes { title } } }',
    });
    const rows = await csvRows(response);
    expect(rows).toContainEqual(['\'=HYPERLINK("http://x")']);
  });

  it('refuses what it cannot export with a message that says what to send', async () => {
    const unknownColumn = await exportFile(app, {
      query: '{ places(level: PROVINCE) { nodes { code name } } }',
      columns: ['population'],
    });
    expect(unknownColumn.status).toBe(400);
    expect(await unknownColumn.json()).toMatchObject({
      errors: [{ message: 'No column population in a row of this query; the query selects: code, name.' }],
    });

    const mutation = await exportFile(app, { query: 'mutation { deleteActivity(input: { id: "x" }) { __typename } }' });
    expect(mutation.status).toBe(400);

    const wrongField = await exportFile(app, { query: '{ places { nodes { population } } }' });
    expect(wrongField.status).toBe(400);
    expect(JSON.stringify(await wrongField.json())).toContain('population');

    const nothing = await exportFile(app, {});
    expect(nothing.status).toBe(400);
    expect(JSON.stringify(await nothing.json())).toContain('POST /export');
  });

  it('applies PUBLIC_READ and API keys exactly as /graphql does', async () => {
    const closed = createApp({ database, publicRead: false });
    const body = { query: '{ places(level: PROVINCE) { nodes { code } } }' };
    const anonymous = await closed.fetch('http://twinning.test/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(await anonymous.json())).toContain('API key');
    const viewer = await closed.fetch('http://twinning.test/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await apiKeyHeader(database, 'VIEWER')) },
      body: JSON.stringify(body),
    });
    expect(viewer.status).toBe(200);
    expect((await csvRows(viewer)).length).toBeGreaterThan(34);
  });
});

describe('a request to /graphql without a query', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ database, trustedDocuments: { manifest, only: false } });
  });
  afterAll(async () => {
    await database.close();
  });

  it('curl /graphql is told how to send a query, not PersistedQueryKeyNotFound', async () => {
    for (const init of [
      { method: 'GET', headers: { accept: '*/*' } },
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    ]) {
      const response = await app.fetch('http://twinning.test/graphql', init);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('QUERY_MISSING');
      expect(body.errors[0]?.message).toMatch(/POST JSON/);
      expect(body.errors[0]?.message).not.toContain('PersistedQuery');
    }
  });

  it('a browser still gets GraphiQL, and a query still runs', async () => {
    const page = await app.fetch('http://twinning.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
    const data = await query(app, graphql(`query ExportPlaces2 { places(first: 1) { nodes { code } } }`));
    expect(data.places.nodes).toHaveLength(1);
  });
});
