import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  collectAll,
  createTwinningClient,
  DomainError,
  domainErrorOf,
  GraphQLRequestError,
  NetworkError,
  NotFoundError,
  type PayloadLike,
  paginate,
  type TwinningClient,
  type TwinningClientOptions,
  TwinningError,
  type TwinningLogEvent,
  unwrapPayload,
} from '../packages/sdk/src/index.ts';
import { createApiKey } from '../packages/server/src/auth/api-keys.ts';
import { type LiveServer, startInProcessServer } from './support/sdk-server.ts';

let server: LiveServer;
let twinning: TwinningClient;

beforeAll(async () => {
  server = await startInProcessServer();
  twinning = createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch });
});
afterAll(async () => {
  twinning?.close();
  await server?.close();
});

describe('a dashboard reading places', () => {
  it('finds Đông Giang typed without diacritics, with its district', async () => {
    const page = await twinning.findPlaces({ search: 'dong giang', level: 'COMMUNE', asOf: '2024-01-01' });
    const dongGiang = page.nodes.find((place) => place.code === '23074');
    expect(dongGiang).toMatchObject({
      __typename: 'Commune',
      name: 'Đông Giang',
      level: 'COMMUNE',
      parent: { name: 'Hàm Thuận Bắc', level: 'DISTRICT' },
    });
  });

  it('resolves a code on a date, follows it to today, and answers null for a code nobody carried', async () => {
    const dongGiang = await twinning.placeByCode('23074', new Date('2024-01-01T00:00:00Z'));
    expect(dongGiang).toMatchObject({ name: 'Đông Giang', validTo: '2025-06-30', parent: { name: 'Hàm Thuận Bắc' } });
    expect(dongGiang?.current).toEqual([
      expect.objectContaining({
        name: 'Đông Giang',
        code: '23074',
        parent: expect.objectContaining({ name: 'Lâm Đồng' }),
      }),
    ]);

    const [bacGiang, bacNinh] = await Promise.all([
      twinning.placeByCode('24', '2025-01-01'),
      twinning.placeByCode('24', '2025-08-01'),
    ]);
    expect(bacGiang?.name).toBe('Bắc Giang');
    expect(bacNinh?.name).toBe('Bắc Ninh');
    expect(await twinning.placeByCode('99999', '2024-01-01')).toBeNull();
  });

  it('walks every commune of Điện Biên Đông district page by page', async () => {
    const district = await twinning.placeByCode('101', '2024-01-01');
    expect(district?.name).toBe('Điện Biên Đông');
    const fetchPage = (after: string | null) =>
      twinning.findPlaces({ parentId: district!.id, level: 'COMMUNE', first: 5, after });
    const communes = await collectAll(fetchPage);
    expect(communes).toHaveLength(14);
    expect(new Set(communes.map((commune) => commune.id)).size).toBe(14);

    const firstSix: string[] = [];
    for await (const commune of paginate(fetchPage, { limit: 6 })) firstSix.push(commune.name);
    expect(firstSix).toEqual(communes.slice(0, 6).map((commune) => commune.name));
  });
});

describe('who supports a place, and what they gave', () => {
  it('lists the nine units of decision 2072/QD-UBND for Điện Biên Đông', async () => {
    const district = await twinning.placeByCode('101', '2024-01-01');
    const twinnings = await twinning.placeTwinnings(district!.id, { includeDescendants: true, first: 50 });
    const assigned = twinnings.nodes.filter((edge) => edge.document?.number === '2072/QD-UBND');
    expect(new Set(assigned.map((edge) => edge.agency.id)).size).toBe(9);
    expect(assigned[0]?.document).toMatchObject({ issuedOn: '2021-11-17' });

    const supporters = await twinning.placeSupporters(district!.id, { includeDescendants: true, first: 50 });
    const names = supporters.nodes.map((agency) => agency.nameEn);
    expect(names).toEqual(
      expect.arrayContaining([
        'Provincial Youth Union',
        'Market Management Department',
        "Điện Biên Teachers' Training College",
        'Điện Biên Phủ newspaper',
      ]),
    );
  });

  it('finds the Bình Thuận department behind today’s Đông Giang (Lâm Đồng) only with includeHistory', async () => {
    const today = await twinning.placeByCode('23074', '2025-08-01');
    expect(today?.name).toBe('Đông Giang');
    const withoutHistory = await twinning.placeSupporters(today!.id);
    const withHistory = await twinning.placeSupporters(today!.id, { includeHistory: true });
    expect(withoutHistory.nodes.map((agency) => agency.name)).not.toContain('Sở Công Thương tỉnh Bình Thuận');
    expect(withHistory.nodes.map((agency) => agency.name)).toContain('Sở Công Thương tỉnh Bình Thuận');

    const activities = await twinning.placeActivities(today!.id, { includeHistory: true, first: 100 });
    const masks = activities.nodes.find((activity) => activity.title === '600 antibacterial cloth masks');
    expect(masks).toMatchObject({ valueVnd: '4800000', category: expect.any(String) });
    expect(masks?.items[0]).toMatchObject({ quantity: 600, valueVnd: '4800000' });
    expect(activities.supportTotal.valueVnd).toMatch(/^\d+$/);
    expect(BigInt(activities.supportTotal.valueVnd)).toBeGreaterThanOrEqual(4_800_000n + 12_000_000n);

    const noHistory = await twinning.placeActivities(today!.id);
    expect(noHistory.supportTotal.activityCount).toBeLessThan(activities.supportTotal.activityCount);
  });

  it('shows an agency’s portfolio: twinnings since 2016, activities and a database-computed total', async () => {
    const found = await twinning.searchAgencies('so cong thuong tinh binh thuan');
    const department = found.nodes.find((agency) => agency.name === 'Sở Công Thương tỉnh Bình Thuận');
    expect(department).toBeDefined();

    const portfolio = await twinning.agencyPortfolio(department!.id, { first: 100 });
    expect(portfolio).toMatchObject({ __typename: 'Agency', nameEn: 'Department of Industry and Trade' });
    expect(portfolio.twinnings.nodes).toContainEqual(
      expect.objectContaining({ startsOn: '2016-08-01', place: expect.objectContaining({ code: '23074' }) }),
    );
    expect(portfolio.activities.totalCount).toBe(portfolio.supportTotal.activityCount);
    const summed = portfolio.activities.nodes.reduce((sum, activity) => sum + BigInt(activity.valueVnd ?? 0), 0n);
    expect(BigInt(portfolio.supportTotal.valueVnd)).toBe(summed);
  });

  it('searches agencies ignoring diacritics and filters by kind', async () => {
    const departments = await twinning.searchAgencies('so cong thuong', { kind: ['PROVINCIAL_DEPARTMENT'] });
    expect(departments.totalCount).toBeGreaterThanOrEqual(2);
    expect(departments.nodes.every((agency) => agency.kind === 'PROVINCIAL_DEPARTMENT')).toBe(true);
    const all = await collectAll((after) => twinning.searchAgencies(undefined, { first: 100, after }));
    expect(all.length).toBeGreaterThanOrEqual(10);
  });
});

describe('errors callers can branch on', () => {
  it('an agency ID that names a place is a NotFoundError with code NOT_FOUND', async () => {
    const place = await twinning.placeByCode('23074', '2024-01-01');
    const error = await twinning.agencyPortfolio(place!.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', entity: 'Agency' });
  });

  it('a wrong API key is refused as UNAUTHENTICATED; a real one reads the audit trail', async () => {
    const wrong = createTwinningClient({
      url: server.graphqlUrl,
      fetch: server.fetch,
      apiKey: 'tg_nope0000_notarealkeynotarealkeynotarealkey0',
    });
    const error = await wrong.placeByCode('23074').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    const key = await createApiKey(server.database.prisma, { name: 'sdk test viewer', role: 'VIEWER' });
    const sent: string[] = [];
    const viewer = createTwinningClient({
      url: server.graphqlUrl,
      apiKey: key.secret,
      fetch: (input, init) => {
        sent.push(new Headers(init?.headers).get('authorization') ?? '');
        return server.fetch(input, init);
      },
    });
    expect(await viewer.placeByCode('23074', '2024-01-01')).not.toBeNull();
    expect(sent).toEqual([`Bearer ${key.secret}`]);
  });

  it('an unreachable server is a NetworkError after the configured retries, each one logged', async () => {
    const events: TwinningLogEvent[] = [];
    const offline = createTwinningClient({
      url: 'http://127.0.0.1:9/graphql',
      retries: 2,
      logger: (event) => events.push(event),
    });
    const error = await offline.findPlaces({ search: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'NETWORK', status: undefined, retryable: true });
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(2);
    expect(events.filter((event) => event.type === 'response').map((event) => event.attempt)).toEqual([1, 2, 3]);
  });

  it('a dropped connection is retried transparently for a query', async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) =>
      ++calls === 1 ? Promise.reject(new TypeError('socket hang up')) : server.fetch(input, init);
    const client = createTwinningClient({ url: server.graphqlUrl, fetch: flaky, retries: 1 });
    expect((await client.placeByCode('23074', '2024-01-01'))?.name).toBe('Đông Giang');
    expect(calls).toBe(2);
  });

  it('a 503 without a GraphQL body is a retryable NetworkError with its status', async () => {
    const unavailable: typeof fetch = async () =>
      new Response('maintenance', { status: 503, statusText: 'Service Unavailable' });
    const client = createTwinningClient({ url: server.graphqlUrl, fetch: unavailable, retries: 0 });
    const error = await client.findPlaces().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'NETWORK', status: 503, retryable: true });
  });

  it('says what to pass when the options are wrong', () => {
    const attempt = (options: unknown) => () => createTwinningClient(options as TwinningClientOptions);
    expect(attempt({})).toThrow(/`url` is required: the absolute URL of the GraphQL endpoint/);
    expect(attempt({ url: 'twinning.gov.vn/graphql' })).toThrow(/absolute http\(s\) URL/);
    expect(attempt({ url: 'ftp://x/graphql' })).toThrow(/must start with http:\/\/ or https:\/\//);
    expect(attempt({ url: server.graphqlUrl, fetch: server.fetch, apiKey: 'Bearer tg_x' })).toThrow(
      /the SDK adds "Bearer " itself/,
    );
    expect(attempt({ url: server.graphqlUrl, fetch: server.fetch, retries: 9 })).toThrow(
      /`retries` must be a whole number from 0 to 5/,
    );
    expect(attempt({ url: server.graphqlUrl, fetch: server.fetch, subscriptions: 'mqtt' })).toThrow(
      /"sse" \(default\), "ws" or false/,
    );
    expect(
      attempt({ url: server.graphqlUrl, fetch: server.fetch, apiKey: 'tg_x', headers: { Authorization: 'x' } }),
    ).toThrow(/not both/);
    expect(attempt({})).toThrow(ConfigurationError);
    try {
      attempt({ url: '' })();
    } catch (error) {
      expect(error).toBeInstanceOf(TwinningError);
      expect((error as TwinningError).code).toBe('INVALID_OPTIONS');
    }
  });

  it('turns a refused write’s payload into the matching DomainError, and passes the success member through', () => {
    type Payload =
      | { __typename: 'RecordActivitySuccess'; activityId: string }
      | { __typename: 'ValidationError'; message: string; issues: Array<{ path: string[]; message: string }> }
      | { __typename: 'NotFoundError'; message: string; entity: string; reference: string };
    const refuse = (payload: Payload) => () => unwrapPayload(payload, 'RecordActivitySuccess');

    expect(
      unwrapPayload<Payload, 'RecordActivitySuccess'>(
        { __typename: 'RecordActivitySuccess', activityId: 'a1' },
        'RecordActivitySuccess',
      ).activityId,
    ).toBe('a1');
    const invalid = { path: ['input', 'valueVnd'], message: 'Money must be a whole number of đồng.' };
    expect(refuse({ __typename: 'ValidationError', message: invalid.message, issues: [invalid] })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [invalid] }),
    );
    expect(
      refuse({ __typename: 'NotFoundError', message: 'No Place with ID x.', entity: 'Place', reference: 'x' }),
    ).toThrow(NotFoundError);
    const forbidden = domainErrorOf({
      __typename: 'ForbiddenError',
      message: 'Outside your provinces.',
    } as PayloadLike);
    expect(forbidden).toBeInstanceOf(DomainError);
    expect(forbidden).toMatchObject({
      code: 'FORBIDDEN',
      typename: 'ForbiddenError',
      message: 'Outside your provinces.',
    });
  });

  it('rejects a malformed day or code before sending anything', async () => {
    await expect(twinning.placeByCode('23074', '1/1/2024')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(twinning.placeByCode('Đông Giang')).rejects.toThrow(
      /official code of 2 \(province\), 3 \(district\) or 5/,
    );
  });
});
