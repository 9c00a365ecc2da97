import { readFile } from 'node:fs/promises';
import { type ClientRequest, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp, defaultRequestLimits } from '../packages/server/src/http/app.ts';
import { listen, type RunningServer } from '../packages/server/src/http/server.ts';
import { paths } from '../packages/server/src/paths.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { fingerprint } from './support/snapshot.ts';

/**
 * A hostile client's battery against a real listening server: malformed HTTP and JSON, documents
 * nested thousands deep, fragment bombs, alias floods, oversized lists, control characters in
 * every kind of argument, bad IDs, enums and numbers, persisted-hash tricks, garbage credentials,
 * wrong methods and content types, huge URLs and bodies. Every request must be answered with a
 * 4xx or with errors a client can branch on (`extensions.code`, or a typed payload member) —
 * never a 5xx, "Unexpected error.", a stack or the request echoed back — while `/healthz` keeps
 * answering and no table changes.
 */

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

interface HostileCase {
  category: string;
  name: string;
  send: () => Promise<Answer>;
}

let database: Database;
let app: App;
let server: RunningServer;
let editor: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  const manifest = JSON.parse(await readFile(paths.sdkPersistedDocuments, 'utf8')) as Record<string, string>;
  app = createApp({ database, trustedDocuments: { manifest, only: false } });
  server = await listen(app, '127.0.0.1', 0);
  editor = await apiKeyHeader(database, 'EDITOR');
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function post(body: string, headers: Record<string, string> = {}, path = '/graphql'): Promise<Answer> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  }).then(answer);
}

function sendText(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  return post(JSON.stringify({ query, variables }), headers);
}

function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Answer> {
  return fetch(`${server.url}${pathAndQuery}`, { headers: { accept: 'application/json', ...headers } }).then(answer);
}

/** A request through node:http, for what fetch refuses to send (huge URLs). */
function raw(method: string, path: string, body?: string): Promise<Answer> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: url.hostname, port: url.port, method, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: new Headers(
            Object.entries(response.headers).map(([key, value]) => [key, String(value)] as [string, string]),
          ),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const BAD_TEXT = [
  'a\u0000b',
  '\u0000',
  '\u0000'.repeat(64),
  'Điện\u001bBiên',
  'x\u0007',
  'tab\u007f',
  '\ud800',
  'lone \udfff low',
  'half \ud83d pair',
  '\u0000\ud800\u001f',
];

/** Query arguments of every kind that take text: search, codes, IDs, dates. */
const TEXT_ARGUMENTS: Array<{ type: string; template: (value: string) => string }> = [
  { type: 'String', template: (v) => `places(search: ${v}, first: 1) { nodes { id } }` },
  { type: 'String', template: (v) => `agencies(search: ${v}, first: 1) { nodes { id } }` },
  { type: 'String', template: (v) => `documents(search: ${v}, first: 1) { nodes { id } }` },
  { type: 'String', template: (v) => `ocopProducts(search: ${v}, first: 1) { nodes { id } }` },
  { type: 'String', template: (v) => `indicators(search: ${v}, first: 1) { nodes { code } }` },
  { type: 'String!', template: (v) => `place(code: ${v}) { id }` },
  { type: 'String!', template: (v) => `criteriaSet(code: ${v}) { id }` },
  { type: 'String!', template: (v) => `indicator(code: ${v}) { code }` },
  { type: 'ID!', template: (v) => `node(id: ${v}) { id }` },
  { type: 'ID!', template: (v) => `nodes(ids: [${v}]) { id }` },
  { type: 'ID', template: (v) => `places(parentId: ${v}, first: 1) { nodes { id } }` },
  { type: 'ID', template: (v) => `activities(placeId: ${v}, first: 1) { nodes { id } }` },
  { type: 'ID', template: (v) => `twinnings(agencyId: ${v}, first: 1) { nodes { id } }` },
  { type: 'ID!', template: (v) => `communeScorecard(placeId: ${v}, year: 2024) { year }` },
  { type: 'Date', template: (v) => `activities(from: ${v}, first: 1) { nodes { id } }` },
];

function textArgumentCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const [argumentIndex, { type, template }] of TEXT_ARGUMENTS.entries()) {
    for (const [valueIndex, bad] of BAD_TEXT.entries()) {
      cases.push({
        category: 'control characters',
        name: `variable #${valueIndex} in ${template('$v')}`,
        send: () => sendText(`query($v: ${type}) { ${template('$v')} }`, { v: bad }),
      });
      // The same text as a literal in the document, written with GraphQL's \u escapes.
      const literal = `"${[...bad].map((character) => escapeForGraphQL(character)).join('')}"`;
      if (argumentIndex % 2 === 0 || valueIndex < 3) {
        cases.push({
          category: 'control characters',
          name: `literal #${valueIndex} in ${template('…')}`,
          send: () => sendText(`{ ${template(literal)} }`),
        });
      }
    }
  }
  return cases;
}

function escapeForGraphQL(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    escaped += code < 0x20 || code >= 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : text[index];
  }
  return escaped;
}

const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) {
  createDocument(input: $input) { __typename ... on Error { message } }
}`;
const RECORD_ACTIVITY = `mutation($input: ActivityInput!) {
  recordActivity(input: $input) { __typename ... on Error { message } }
}`;

function mutationCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const document = (overrides: Record<string, unknown>) => ({
    number: '1/QĐ-UBND',
    kind: 'DECISION',
    issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
    title: 'Phân công giúp đỡ',
    ...overrides,
  });
  for (const field of ['number', 'issuer', 'title', 'note']) {
    for (const bad of BAD_TEXT.slice(0, 6)) {
      cases.push({
        category: 'control characters',
        name: `createDocument.${field} = ${JSON.stringify(bad)}`,
        send: () => sendText(CREATE_DOCUMENT, { input: document({ [field]: bad }) }, editor),
      });
    }
  }
  const activity = (overrides: Record<string, unknown>) => ({
    category: 'EQUIPMENT',
    occurredOn: '2024-03-01',
    title: 'Tặng quà',
    ...overrides,
  });
  const numbers: Array<[string, unknown]> = [
    ['beneficiaryCount', 2_147_483_648],
    ['beneficiaryCount', -1],
    ['beneficiaryCount', 1e300],
    ['beneficiaryCount', 1.5],
    ['beneficiaryCount', '12'],
    ['peopleSent', 9_007_199_254_740_992],
    ['visitCount', -2_147_483_649],
    ['valueVnd', '99999999999999999999999999'],
    ['valueVnd', '-1'],
    ['valueVnd', ' 5 '],
    ['valueVnd', '1e9'],
    ['valueVnd', 1.5],
    ['valueVnd', '0x10'],
    ['occurredOn', '0001-01-01'],
    ['occurredOn', '2024-02-30'],
    ['occurredOn', '99999-01-01'],
    ['category', 'NOPE'],
    ['category', 'cash_support'],
    ['category', 3],
    ['placeId', 'not-an-id'],
    ['placeId', '\u0000'],
    ['agencyId', 'UGxhY2U6MQ=='],
    ['criterionIds', Array.from({ length: 2_000 }, () => '00000000-0000-0000-0000-000000000000')],
    ['title', 'x'.repeat(100_000)],
    ['description', '\u0000'],
  ];
  for (const [field, value] of numbers) {
    cases.push({
      category: field.endsWith('Id') || field.endsWith('Ids') ? 'bad IDs' : 'overflowing numbers',
      name: `recordActivity.${field} = ${JSON.stringify(value).slice(0, 40)}`,
      send: () => sendText(RECORD_ACTIVITY, { input: activity({ [field]: value }) }, editor),
    });
  }
  return cases;
}

function badIdCases(): HostileCase[] {
  const uuid = '6f1c2b8e-0000-4000-8000-000000000000';
  const ids = [
    '',
    ' ',
    'x',
    '%00',
    'UGxhY2U6',
    Buffer.from('Place:not-a-uuid').toString('base64'),
    Buffer.from(`Nope:${uuid}`).toString('base64'),
    Buffer.from(`Place:${uuid}\u0000`).toString('base64'),
    Buffer.from(':').toString('base64'),
    '====',
    'A'.repeat(10_000),
    `${uuid}${uuid}`,
    '😀',
  ];
  const cases: HostileCase[] = [];
  for (const id of ids) {
    // A well-formed global ID of an unknown type only filters a list to nothing, as does any
    // well-formed one for the change feed's free-form entityId: node(id:) is where they are refused.
    const unknownType = id.startsWith('Tm9wZT');
    const wellFormed = unknownType || id === Buffer.from('Place:not-a-uuid').toString('base64');
    const templates = ['node(id: $v) { id }'];
    if (!unknownType) templates.push('places(parentId: $v, first: 1) { nodes { id } }');
    if (!wellFormed) templates.push('changes(entityId: $v, first: 1) { nodes { cursor } }');
    for (const template of templates) {
      cases.push({
        category: 'bad IDs',
        name: `${JSON.stringify(id.slice(0, 20))} in ${template}`,
        send: () =>
          sendText(
            `query($v: ID${template.startsWith('node') ? '!' : ''}) { ${template} }`,
            { v: id },
            template.startsWith('changes') ? editor : {},
          ),
      });
    }
  }
  for (const value of [1e308, -1, true, { id: 1 }, [1, 2], null]) {
    cases.push({
      category: 'bad IDs',
      name: `node(id:) given ${JSON.stringify(value)}`,
      send: () => sendText('query($v: ID!) { node(id: $v) { id } }', { v: value }),
    });
  }
  return cases;
}

/**
 * Cursors decode to whatever the client encoded: a compound cursor of another connection, a
 * number, a date, null, an object. Each must be refused as input, on a root connection, on one
 * nested in a list (which Prisma loads inside the parent's query) and on a compound-key one.
 */
function forgedCursorCases(): HostileCase[] {
  const cursor = (payload: string) => Buffer.from(payload).toString('base64');
  const cursors = [
    cursor('GPC:T:["S:0196c1d0-0000-7000-8000-000000000001","S:0196c1d0-0000-7000-8000-000000000002"]'),
    cursor('GPC:J:["0196c1d0-0000-7000-8000-000000000001","0196c1d0-0000-7000-8000-000000000002"]'),
    cursor('GPC:T:["N:1","N:2"]'),
    cursor('GPC:T:[null,null]'),
    cursor('GPC:T:["S:0196c1d0-0000-7000-8000-000000000001"]'),
    cursor('GPC:T:[]'),
    cursor('GPC:N:5'),
    cursor('GPC:I:99999999999999999999'),
    cursor('GPC:D:0'),
    cursor('GPC:Z:'),
    cursor('GPC:O:{"id":"x"}'),
    cursor('GPC:O:[1,[2]]'),
    cursor('GPC:B:AAAA'),
    cursor('GPC:M:1.5'),
    cursor('GPC:S:'),
    cursor('GPC:S:not-a-uuid'),
    cursor('GPC:X:1'),
    cursor('GPC:'),
    cursor('nope'),
  ];
  const connections = [
    'agencies(after: $c, first: 1) { nodes { id } }',
    'agencies(before: $c, last: 1) { nodes { id } }',
    'places(level: PROVINCE, first: 2) { nodes { children(after: $c, first: 1) { nodes { id } } } }',
    'agencies(first: 2) { nodes { partnerships(after: $c, first: 1) { edges { cursor } } } }',
  ];
  // The first two are well-formed for the compound-key connection: they only page past nothing there.
  const wellFormedFor = (template: string) => (template.includes('partnerships') ? cursors.slice(0, 2) : []);
  return connections.flatMap((template) =>
    cursors
      .filter((value) => !wellFormedFor(template).includes(value))
      .map((value) => ({
        category: 'forged cursors',
        name: `${Buffer.from(value, 'base64').toString('utf8').slice(0, 30)} in ${template}`,
        send: () => sendText(`query($c: String) { ${template} }`, { c: value }),
      })),
  );
}

function enumAndNumberCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const level of ['NOPE', 'province', '', '\u0000', 1, true, ['PROVINCE', 'X'], { a: 1 }]) {
    cases.push({
      category: 'bad enums',
      name: `places(level: ${JSON.stringify(level)})`,
      send: () => sendText('query($v: PlaceLevel) { places(level: $v, first: 1) { nodes { id } } }', { v: level }),
    });
  }
  for (const literal of ['NOPE', '"PROVINCE"', '1', '[PROVINCE, 1]', 'PROVINCE PROVINCE', '__proto__']) {
    cases.push({
      category: 'bad enums',
      name: `places(level: ${literal}) literal`,
      send: () => sendText(`{ places(level: ${literal}, first: 1) { nodes { id } } }`),
    });
  }
  // As written in the JSON body, so 1e309 and 2^53 + 1 arrive as the client sent them.
  for (const first of ['2147483648', '-1', '1e309', '9007199254740993', '1.5', '"10"', '-2147483649', '{}']) {
    cases.push({
      category: 'overflowing numbers',
      name: `places(first: ${first})`,
      send: () => post(`{"query":"query($n: Int) { places(first: $n) { nodes { id } } }","variables":{"n":${first}}}`),
    });
  }
  for (const year of ['2147483648', '-99999999999', '1e3', '0x10', '"2024"']) {
    cases.push({
      category: 'overflowing numbers',
      name: `communeScorecard(year: ${year}) literal`,
      send: () => sendText(`{ communeScorecard(placeId: "x", year: ${year}) { year } }`),
    });
  }
  return cases;
}

function nestingCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const depth of [65, 500, 3_000, 5_000]) {
    cases.push(
      {
        category: 'deep nesting',
        name: `selection sets ${depth} deep`,
        send: () => sendText(`${'{ a '.repeat(depth)}${'}'.repeat(depth)}`),
      },
      {
        category: 'deep nesting',
        name: `list literal ${depth} deep`,
        send: () => sendText(`{ nodes(ids: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`),
      },
      {
        category: 'deep nesting',
        name: `object literal ${depth} deep`,
        send: () => sendText(`{ supportSummary(filter: ${'{a:'.repeat(depth)}1${'}'.repeat(depth)}) { totalCount } }`),
      },
      {
        category: 'deep nesting',
        name: `parentheses and brackets mixed ${depth} deep`,
        send: () => sendText(`{ places(search: ${'[{a:('.repeat(depth / 3)}) { id } }`),
      },
      {
        category: 'deep nesting',
        name: `JSON variables ${depth * 20} deep`,
        send: () =>
          post(
            `{"query":"query($v: ID!) { node(id: $v) { id } }","variables":{"v":${'['.repeat(depth * 20)}${']'.repeat(depth * 20)}}}`,
          ),
      },
    );
  }
  cases.push({
    category: 'deep nesting',
    name: 'selection 16 levels deep (over maxDepth)',
    send: () => sendText(`{ places(first: 1) { nodes { ${'parent { '.repeat(16)}name${' }'.repeat(16)} } } }`),
  });
  return cases;
}

function fragmentBombCases(): HostileCase[] {
  const doubling = (count: number) =>
    `{ places(first: 1) { nodes { ...F0 } } }\n${Array.from(
      { length: count },
      (_, index) => `fragment F${index} on Place { parent { name } ...F${index + 1} ...F${index + 1} }`,
    ).join('\n')}\nfragment F${count} on Place { name }`;
  const wide = (count: number) =>
    `{ places(first: 1) { nodes { ${Array.from({ length: count }, () => '...F').join(' ')} } } } fragment F on Place { name parent { name } current { name } }`;
  const cases: HostileCase[] = [];
  for (const count of [16, 25, 40]) {
    cases.push({
      category: 'fragment bombs',
      name: `${count} fragments each spreading the next twice`,
      send: () => sendText(doubling(count)),
    });
  }
  cases.push(
    { category: 'fragment bombs', name: '4,900 spreads of one fragment', send: () => sendText(wide(4_900)) },
    {
      category: 'fragment bombs',
      name: 'a fragment cycle',
      send: () =>
        sendText('{ places(first: 1) { nodes { ...A } } } fragment A on Place { ...B } fragment B on Place { ...A }'),
    },
    {
      category: 'fragment bombs',
      name: 'a fragment spreading itself',
      send: () => sendText('{ places(first: 1) { nodes { ...A } } } fragment A on Place { name ...A }'),
    },
    {
      category: 'fragment bombs',
      name: 'an unknown fragment',
      send: () => sendText('{ places(first: 1) { nodes { ...Missing } } }'),
    },
    {
      category: 'fragment bombs',
      name: 'a fragment on a type that does not exist',
      send: () => sendText('{ places(first: 1) { nodes { ...A } } } fragment A on Nope { name }'),
    },
    {
      category: 'fragment bombs',
      name: 'inline fragments nested 70 deep',
      send: () => sendText(`{ places(first: 1) { nodes { ${'... on Place { '.repeat(70)}name${' }'.repeat(70)} } } }`),
    },
  );
  return cases;
}

function aliasFloodCases(): HostileCase[] {
  const aliased = (count: number, field: string) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
  return [
    { category: 'alias floods', name: '51 aliases', send: () => sendText(aliased(51, 'freshness { sequence }')) },
    { category: 'alias floods', name: '5,000 aliases', send: () => sendText(aliased(5_000, '__typename')) },
    {
      category: 'alias floods',
      name: '40 supportTotal(includeHistory: true) over 100 communes',
      send: () =>
        sendText(
          `{ places(level: COMMUNE, first: 100) { nodes { ${Array.from(
            { length: 40 },
            (_, index) => `t${index}: supportTotal(includeHistory: true) { valueVnd }`,
          ).join(' ')} } } }`,
        ),
    },
    {
      category: 'alias floods',
      name: '20 supportSummary aliases of 100 rows',
      send: () => sendText(aliased(20, 'supportSummary(first: 100, groupBy: PROVINCE) { nodes { valueVnd } }')),
    },
    {
      category: 'alias floods',
      name: 'nested connections 100 × 100 × 100',
      send: () =>
        sendText(
          '{ places(first: 100) { nodes { children(first: 100) { nodes { children(first: 100) { nodes { name } } } } } } }',
        ),
    },
    {
      category: 'alias floods',
      name: '10,000 tokens of one field repeated',
      send: () => sendText(`{ ${'freshness { sequence } '.repeat(3_000)} }`),
    },
    {
      category: 'alias floods',
      name: 'duplicate fields 4,000 times (no aliases)',
      send: () => sendText(`{ ${'__typename '.repeat(4_000)}}`),
    },
  ];
}

function oversizedListCases(): HostileCase[] {
  const ids = (count: number) =>
    Array.from({ length: count }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
  return [
    {
      category: 'oversized lists',
      name: 'nodes with 101 IDs',
      send: () => sendText('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(101) }),
    },
    {
      category: 'oversized lists',
      name: 'nodes with 100,000 IDs',
      send: () => sendText('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(100_000) }),
    },
    {
      category: 'oversized lists',
      name: 'nodes with 150 literal IDs',
      send: () =>
        sendText(
          `{ nodes(ids: [${ids(150)
            .map((id) => `"${id}"`)
            .join(',')}]) { id } }`,
        ),
    },
    {
      category: 'oversized lists',
      name: 'places(kind:) with 50,000 enum values',
      send: () =>
        sendText('query($kinds: [PlaceKind!]) { places(kind: $kinds, first: 1) { nodes { id } } }', {
          kinds: Array.from({ length: 50_000 }, () => 'NOPE'),
        }),
    },
    {
      category: 'oversized lists',
      name: 'activities(category:) with 10,000 values, the last one unknown',
      send: () =>
        sendText('query($c: [ActivityCategory!]) { activities(category: $c, first: 1) { nodes { id } } }', {
          c: [...Array.from({ length: 9_999 }, () => 'EQUIPMENT'), 'NOPE'],
        }),
    },
  ];
}

function persistedHashCases(): HostileCase[] {
  const hashes: unknown[] = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    '',
    'x'.repeat(10_000),
    '0'.repeat(64),
    42,
    { a: 1 },
    ['a'],
    null,
  ];
  const cases: HostileCase[] = [];
  for (const hash of hashes) {
    cases.push(
      {
        category: 'persisted-hash tricks',
        name: `POST hash ${JSON.stringify(hash).slice(0, 30)}`,
        send: () => post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })),
      },
      {
        category: 'persisted-hash tricks',
        name: `GET hash ${JSON.stringify(hash).slice(0, 30)}`,
        send: () =>
          get(
            `/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`,
          ),
      },
    );
  }
  for (const hash of ['__proto__', 'constructor', 'toString']) {
    cases.push({
      category: 'persisted-hash tricks',
      name: `export documentId ${hash}`,
      send: () => get(`/export?documentId=${hash}&format=csv`),
    });
  }
  for (const extensions of [
    { persistedQuery: null },
    { persistedQuery: 'x' },
    { persistedQuery: { version: 2, sha256Hash: '__proto__' } },
    { persistedQuery: { sha256Hash: { __proto__: 1 } } },
  ]) {
    cases.push({
      category: 'persisted-hash tricks',
      name: `extensions ${JSON.stringify(extensions)}`,
      send: () => post(JSON.stringify({ extensions })),
    });
  }
  return cases;
}

function authHeaderCases(): HostileCase[] {
  const values = [
    'Bearer',
    'Bearer ',
    'Bearer  ',
    'Basic dXNlcjpwYXNz',
    'Bearer tg_',
    'Bearer tg_nope',
    `Bearer tg_${'x'.repeat(8_000)}`,
    'Bearer a b c',
    'bearer TG_NOPE',
    'Token tg_nope',
    `Bearer ${'\u00ff'.repeat(20)}`,
    'Bearer tg_%00',
    'Bearer tg_\t',
    `Bearer ${'ä'.repeat(100)}`,
    'Bearer null',
    'Bearer undefined',
    'Bearer __proto__',
    '__proto__',
  ];
  return values.map((authorization) => ({
    category: 'auth header garbage',
    name: `Authorization: ${authorization.slice(0, 30)}`,
    send: () => sendText('{ freshness { sequence } }', {}, { authorization }),
  }));
}

function httpCases(): HostileCase[] {
  const query = JSON.stringify({ query: '{ freshness { sequence } }' });
  const cases: HostileCase[] = [];
  const bodies = [
    '',
    '{',
    '[',
    'null',
    '1',
    '"x"',
    'true',
    '[]',
    '[1]',
    `[${query}]`,
    '{"query":1}',
    '{"query":null}',
    '{"query":{"a":1}}',
    '{"query":"{ freshness { sequence } }","variables":"x"}',
    '{"query":"{ freshness { sequence } }","variables":[1]}',
    '{"query":"{ freshness { sequence } }","extensions":"x"}',
    '{"query":"{ freshness { sequence } }","operationName":1}',
    '{"query":"{ freshness { sequence } }","unknown":1}',
    '{"query":"query A { freshness { sequence } } query B { freshness { sequence } }"}',
    '{"query":"query A { freshness { sequence } }","operationName":"Nope"}',
    '{"query":"{"}',
    '{"query":"}"}',
    '{"query":""}',
    '{"query":"   "}',
    '{"query":"# only a comment"}',
    '{"query":"\\"unterminated"}',
    '{"query":"{ freshness { sequence } }"}garbage',
    '\ufeff{"query":"{ freshness { sequence } }"',
    '{"query":"{ __schema { nope } }"}',
    '{"query":"{ nope }"}',
    '{"query":"subscription { nope }"}',
    '{"query":"mutation { nope }"}',
    '{"query":"query($n: Int!) { places(first: $n) { nodes { id } } }","variables":{"__proto__":{"n":1}}}',
    `{"query":"${'a'.repeat(200_000)}"}`,
  ];
  for (const [index, body] of bodies.entries()) {
    cases.push({
      category: 'malformed HTTP/JSON',
      name: `body #${index}: ${body.slice(0, 40)}`,
      send: () => post(body),
    });
  }
  cases.push(
    {
      category: 'malformed HTTP/JSON',
      name: 'invalid UTF-8 bytes',
      send: () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
        }).then(answer),
    },
    {
      category: 'malformed HTTP/JSON',
      name: 'random bytes',
      send: () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Uint8Array(Array.from({ length: 4_096 }, (_, index) => (index * 7919) % 256)),
        }).then(answer),
    },
    {
      category: 'malformed HTTP/JSON',
      name: 'GET variables=%7Bnope',
      send: () => get('/graphql?query=%7B%20freshness%20%7B%20sequence%20%7D%20%7D&variables=%7Bnope'),
    },
    {
      category: 'malformed HTTP/JSON',
      name: 'GET extensions=%7B',
      send: () => get('/graphql?query=%7B%20freshness%20%7B%20sequence%20%7D%20%7D&extensions=%7B'),
    },
    {
      category: 'malformed HTTP/JSON',
      name: 'GET variables=[1]',
      send: () => get('/graphql?query=%7B%20freshness%20%7B%20sequence%20%7D%20%7D&variables=%5B1%5D'),
    },
    { category: 'malformed HTTP/JSON', name: 'GET no query', send: () => get('/graphql?variables=%7B%7D') },
    {
      category: 'malformed HTTP/JSON',
      name: 'GET a mutation',
      send: () => get(`/graphql?query=${encodeURIComponent('mutation { createDocument(input: {}) { __typename } }')}`),
    },
    { category: 'malformed HTTP/JSON', name: 'GET query=%00', send: () => get('/graphql?query=%00') },
    {
      category: 'malformed HTTP/JSON',
      name: 'GET /export deep query',
      send: () => get(`/export?query=${encodeURIComponent(`${'{ a '.repeat(3_000)}${'}'.repeat(3_000)}`)}`),
    },
    {
      category: 'malformed HTTP/JSON',
      name: 'GET /export variables=%7Bnope',
      send: () => get('/export?query=%7B%20places%20%7B%20nodes%20%7B%20code%20%7D%20%7D%20%7D&variables=%7Bnope'),
    },
    { category: 'malformed HTTP/JSON', name: 'POST /export invalid JSON', send: () => post('{nope', {}, '/export') },
  );
  // (PUT reserves a graphql-sse stream, so it is not a wrong method here.)
  for (const method of ['DELETE', 'PATCH', 'PROPFIND']) {
    cases.push({
      category: 'wrong methods/content types',
      name: `${method} /graphql`,
      send: () =>
        fetch(`${server.url}/graphql`, { method, headers: { 'content-type': 'application/json' }, body: query }).then(
          answer,
        ),
    });
  }
  for (const contentType of [
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'multipart/form-data',
    'application/x-www-form-urlencoded',
    'application/graphql',
    'application/json; charset=utf-16',
    'application/octet-stream',
    '',
    'application/json, text/plain',
  ]) {
    cases.push({
      category: 'wrong methods/content types',
      name: `POST content-type ${JSON.stringify(contentType)} with garbage`,
      send: () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: contentType ? { 'content-type': contentType } : {},
          body: contentType.startsWith('application/x-www') ? 'variables=%7Bnope&query=%7B' : '--x\r\n{nope',
        }).then(answer),
    });
  }
  cases.push(
    {
      category: 'wrong methods/content types',
      name: 'form-urlencoded with bad variables',
      send: () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${encodeURIComponent('{ freshness { sequence } }')}&variables=%7Bnope`,
        }).then(answer),
    },
    {
      category: 'wrong methods/content types',
      name: 'accept: image/png only',
      send: () => post(query, { accept: 'image/png' }),
    },
    { category: 'wrong methods/content types', name: 'POST /nowhere', send: () => post(query, {}, '/nowhere') },
    {
      category: 'wrong methods/content types',
      name: 'GET /graphql/../etc/passwd',
      send: () => raw('GET', '/graphql/../../etc/passwd'),
    },
  );
  cases.push(
    {
      category: 'huge URLs/bodies',
      name: '8 MB URL',
      send: () => raw('GET', `/graphql?query=${'a'.repeat(8_000_000)}`),
    },
    {
      category: 'huge URLs/bodies',
      name: '100 KB URL',
      send: () => raw('GET', `/graphql?query=${'a'.repeat(100_000)}`),
    },
    { category: 'huge URLs/bodies', name: '10 MB garbage body', send: () => post('x'.repeat(10_000_000)) },
    {
      category: 'huge URLs/bodies',
      name: '10 MB JSON string body',
      send: () => post(JSON.stringify({ query: `# ${'x'.repeat(10_000_000)}` })),
    },
    {
      category: 'huge URLs/bodies',
      name: '10 MB chunked body',
      send: () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new ReadableStream({
            start(controller) {
              for (let chunk = 0; chunk < 160; chunk++) controller.enqueue(new Uint8Array(65_536).fill(0x20));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit).then(answer),
    },
    {
      category: 'huge URLs/bodies',
      name: '64 KB header',
      send: () => sendText('{ freshness { sequence } }', {}, { 'x-filler': 'x'.repeat(65_536) }),
    },
  );
  return cases;
}

function allCases(): HostileCase[] {
  return [
    ...httpCases(),
    ...nestingCases(),
    ...fragmentBombCases(),
    ...aliasFloodCases(),
    ...oversizedListCases(),
    ...textArgumentCases(),
    ...mutationCases(),
    ...badIdCases(),
    ...forgedCursorCases(),
    ...enumAndNumberCases(),
    ...persistedHashCases(),
    ...authHeaderCases(),
  ];
}

/** What is wrong with an answer to a hostile request; nothing when it is a proper refusal. */
function problemsWith(reply: Answer): string[] {
  const problems: string[] = [];
  if (reply.status >= 500) problems.push(`HTTP ${reply.status}`);
  if (reply.status === 200 || reply.status >= 400) {
    if (/at .+\.(ts|js):\d+|node_modules/.test(reply.text)) problems.push('a stack trace');
    if (reply.text.includes('Unexpected error')) problems.push('"Unexpected error."');
    if (reply.text.includes('originalError')) problems.push('extensions.originalError');
    if (reply.text.length > 64_000) problems.push(`a ${reply.text.length}-character answer (the request echoed?)`);
  }
  if (reply.status >= 400) return problems;
  let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(reply.text) as typeof body;
  } catch {
    return [...problems, `HTTP ${reply.status} with a body that is not JSON: ${reply.text.slice(0, 80)}`];
  }
  if (body.errors?.length) {
    for (const error of body.errors) {
      if (typeof error.extensions?.code !== 'string')
        problems.push(`an error without a code: ${JSON.stringify(error).slice(0, 200)}`);
    }
  } else if (!/"__typename":"\w+Error"/.test(JSON.stringify(body.data ?? null))) {
    problems.push(`HTTP ${reply.status} answered as if valid: ${reply.text.slice(0, 200)}`);
  }
  return problems;
}

describe('a hostile client', () => {
  it('gets a 4xx or a typed error for each of more than 400 bad requests, never a 5xx, and changes nothing', async () => {
    const cases = allCases();
    expect(cases.length).toBeGreaterThanOrEqual(400);
    const before = await fingerprint(database);

    let battery = true;
    const health: number[] = [];
    const probe = (async () => {
      while (battery) {
        const response = await fetch(`${server.url}/healthz`);
        health.push(response.status);
        await response.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const failures: string[] = [];
    const categories = new Map<string, number>();
    for (const hostile of cases) categories.set(hostile.category, (categories.get(hostile.category) ?? 0) + 1);
    // Four clients at a time, as a small attack would be.
    const queue = [...cases];
    const client = async () => {
      for (let hostile = queue.shift(); hostile; hostile = queue.shift()) {
        let reply: Answer;
        try {
          reply = await hostile.send();
        } catch (error) {
          failures.push(`${hostile.category} / ${hostile.name}: no answer (${(error as Error).message})`);
          continue;
        }
        const problems = problemsWith(reply);
        if (problems.length > 0) failures.push(`${hostile.category} / ${hostile.name}: ${problems.join('; ')}`);
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    battery = false;
    await probe;

    expect(failures).toEqual([]);
    expect([...categories.keys()].sort()).toEqual([
      'alias floods',
      'auth header garbage',
      'bad IDs',
      'bad enums',
      'control characters',
      'deep nesting',
      'forged cursors',
      'fragment bombs',
      'huge URLs/bodies',
      'malformed HTTP/JSON',
      'overflowing numbers',
      'oversized lists',
      'persisted-hash tricks',
      'wrong methods/content types',
    ]);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((status) => status === 200)).toBe(true);
    expect(await fingerprint(database)).toEqual(before);
  }, 300_000);

  it('cannot break supportSummary for every reader with beneficiary counts at the allowed maximum', async () => {
    const admin = await apiKeyHeader(database, 'ADMIN');
    const twinnings = JSON.parse(
      (await sendText('{ twinnings(first: 1, status: [ACTIVE]) { nodes { id startsOn } } }')).text,
    ) as { data: { twinnings: { nodes: Array<{ id: string; startsOn: string }> } } };
    const twinning = twinnings.data.twinnings.nodes[0]!;
    const inputs = Array.from({ length: 22 }, (_, index) => ({
      twinningId: twinning.id,
      category: 'EQUIPMENT',
      title: `Hỗ trợ ${index + 1}`,
      occurredOn: twinning.startsOn,
      beneficiaryCount: 100_000_000,
    }));
    const recorded = JSON.parse(
      (
        await sendText(
          'mutation($inputs: [ActivityInput!]!) { recordActivities(input: { activities: $inputs }) { __typename ... on Error { message } } }',
          { inputs },
          admin,
        )
      ).text,
    ) as { data: { recordActivities: { __typename: string } } };
    expect(recorded, JSON.stringify(recorded)).toHaveProperty('data');
    expect(recorded.data.recordActivities.__typename).toBe('RecordActivitiesSuccess');

    const summary = JSON.parse(
      (await sendText('{ supportSummary(groupBy: []) { nodes { beneficiaryCount activityCount } } }')).text,
    ) as { data?: { supportSummary: { nodes: Array<{ beneficiaryCount: number }> } }; errors?: unknown[] };
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.supportSummary.nodes[0]?.beneficiaryCount).toBeGreaterThanOrEqual(2_200_000_000);
  });

  // The executor gathers results in plain object literals (patches/@graphql-tools__executor…), on
  // which assigning `__proto__` would set the prototype and drop the field from the answer.
  it('gets the fields it aliased __proto__ or constructor, at every level, with or without a promise', async () => {
    const reply = await sendText(
      `{ __proto__: places(level: PROVINCE, first: 2, orderBy: CODE) { __proto__: nodes { __proto__: code constructor: name } }
         constructor: freshness { __proto__: sequence } }`,
    );
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.text) as Record<string, unknown>;
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, Record<string, unknown>>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    // JSON.parse makes `__proto__` an own data property; read through a variable key, as it is one.
    const proto = '__proto__';
    const provinces = data[proto]?.[proto] as Array<Record<string, unknown>>;
    expect(provinces).toHaveLength(2);
    for (const province of provinces) {
      expect(Object.keys(province)).toEqual(['__proto__', 'constructor']);
      expect(province[proto]).toMatch(/^\d{2}$/);
      expect(typeof province.constructor).toBe('string');
    }
    expect(Object.keys(data.constructor ?? {})).toEqual(['__proto__']);
  });
});

describe('the request body cap', () => {
  const cap = 2_000;
  let capped: RunningServer;
  beforeAll(async () => {
    capped = await listen(
      createApp({ database, limits: { ...defaultRequestLimits, maxRequestBodyBytes: cap } }),
      '127.0.0.1',
      0,
    );
  });
  afterAll(() => capped?.close());

  const query = JSON.stringify({ query: '{ freshness { sequence } }' });
  const padded = (bytes: number) => JSON.stringify({ query: `{ freshness { sequence } }${' '.repeat(bytes)}` });
  /** A POST through node:http to the capped server; `send` writes the body as it likes. */
  const rawPost = (headers: Record<string, string>, send: (outgoing: ClientRequest) => void) =>
    new Promise<Answer>((resolve, reject) => {
      const url = new URL(capped.url);
      const outgoing = httpRequest(
        { host: url.hostname, port: url.port, method: 'POST', path: '/graphql', headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: new Headers(),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      // The server may answer and close before the last chunk is written; the answer is what counts.
      outgoing.on('error', reject);
      send(outgoing);
    });
  /** Sent in chunks without a Content-Length (`transfer-encoding: chunked`): the server can only count. */
  const chunked = (body: string) =>
    rawPost({ 'content-type': 'application/json' }, (outgoing) => {
      for (let at = 0; at < body.length; at += 500) outgoing.write(body.slice(at, at + 500));
      outgoing.end();
    });
  const declared = (body: string) =>
    fetch(`${capped.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
      answer,
    );

  it('answers bodies within the cap, with or without a Content-Length', async () => {
    for (const sent of [await declared(padded(cap - 100)), await chunked(padded(cap - 100))]) {
      expect(sent.status, sent.text).toBe(200);
      expect(JSON.parse(sent.text)).toHaveProperty('data.freshness');
    }
    expect((await chunked(query)).status).toBe(200);
  });

  it('refuses a larger body with 413 REQUEST_ENTITY_TOO_LARGE, whether its length is declared or only counted', async () => {
    for (const sent of [await declared(padded(cap)), await chunked(padded(cap)), await chunked(padded(cap * 50))]) {
      expect(sent.status, sent.text).toBe(413);
      expect(JSON.parse(sent.text)).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    }
  });

  /**
   * A chunked POST over a raw socket: `before` bytes of body, a pause, then `after` more and the
   * end. Reports whether any answer arrived during the pause, the answer's status line, and how
   * the connection ended (a clean close, or a reset).
   */
  const pausedChunkedPost = (before: number, after: number) =>
    new Promise<{ answeredDuringPause: boolean; statusLine: string; ending: string }>((resolve) => {
      const url = new URL(capped.url);
      const socket = connect(Number(url.port), url.hostname);
      let received = '';
      let restSent = false;
      let answeredDuringPause = false;
      socket.on('data', (chunk: Buffer) => {
        if (!restSent) answeredDuringPause = true;
        received += chunk.toString('latin1');
      });
      const done = (ending: string) =>
        resolve({ answeredDuringPause, statusLine: received.split('\r\n')[0] ?? '', ending });
      socket.on('end', () => done('closed'));
      socket.on('error', (error: NodeJS.ErrnoException) => done(`error ${error.code}`));
      const chunk = (bytes: number) => `${bytes.toString(16)}\r\n${' '.repeat(bytes)}\r\n`;
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunk(before)}`,
      );
      setTimeout(() => {
        restSent = true;
        if (!socket.destroyed) socket.write(`${chunk(after)}0\r\n\r\n`);
      }, 400);
    });

  it('reads the rest of a refused chunked body before answering, so the client reads the 413 and not a reset', async () => {
    // Over the cap after the first part; the rest is within the few times the cap that is read and dropped.
    const sent = await pausedChunkedPost(cap + 500, cap * 2);
    expect(sent).toEqual({
      answeredDuringPause: false,
      statusLine: 'HTTP/1.1 413 Payload Too Large',
      ending: 'closed',
    });
  });

  it('stops reading an endless refused body after a few times the cap, and answers 413', async () => {
    const sent = await pausedChunkedPost(cap * 10, cap);
    expect(sent.answeredDuringPause).toBe(true);
    expect(sent.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('refuses a Content-Length that is not one whole number with 400', async () => {
    const sent = await rawPost({ 'content-type': 'application/json', 'content-length': '+12' }, (outgoing) =>
      outgoing.end(query.slice(0, 12)),
    );
    expect(sent.status).toBe(400);
  });
});
