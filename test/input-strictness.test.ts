import type { GraphQLScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { schema } from '../packages/server/src/graph.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import type { CreateDocumentInput, InputStrictnessCreateDocumentMutation } from './generated/graphql.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';
import { refusedWithoutChange } from './support/snapshot.ts';

let database: Database;
let app: App;
let admin: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
});
afterAll(() => database.close());

const CREATE = graphql(`mutation InputStrictnessCreateDocument($input: CreateDocumentInput!) {
  createDocument(input: $input) {
    __typename
    ... on ValidationError { issues { path message } }
    ... on CreateDocumentSuccess { document { title note } }
  }
}`);

type Created = InputStrictnessCreateDocumentMutation['createDocument'];
const issuesOf = (created: Created | undefined) => (created && 'issues' in created ? created.issues : undefined);
const documentOf = (created: Created | undefined) => (created && 'document' in created ? created.document : undefined);

const decision = (overrides: Partial<CreateDocumentInput>): CreateDocumentInput => ({
  number: `${Math.floor(Math.random() * 1e6)}/QĐ-UBND`,
  kind: 'DECISION',
  issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
  title: 'Phân công giúp đỡ các xã đặc biệt khó khăn',
  ...overrides,
});

describe('text that cannot be stored as given is refused, naming the field', () => {
  it('refuses NUL and other control characters, and half a surrogate pair, and writes nothing', async () => {
    for (const bad of ['Phân công\u0000giúp đỡ', 'Phân công\u001bgiúp đỡ', 'Phân công \ud83d giúp đỡ']) {
      const result = await refusedWithoutChange(database, () =>
        execute(app, CREATE, { input: decision({ title: bad, note: bad }) }, admin),
      );
      expect(result.data?.createDocument.__typename).toBe('ValidationError');
      expect(
        issuesOf(result.data?.createDocument)
          ?.map((issue) => issue.path.join('.'))
          .sort(),
      ).toEqual(['input.note', 'input.title']);
      expect(issuesOf(result.data?.createDocument)?.[0]?.message).toContain('control character');
    }
  });

  it('keeps tabs and line breaks in free text, and Vietnamese as written', async () => {
    const result = await execute(
      app,
      CREATE,
      { input: decision({ note: 'Dòng 1\n\tDòng 2 — Điện Biên Đông' }) },
      admin,
    );
    expect(documentOf(result.data?.createDocument)).toEqual({
      title: 'Phân công giúp đỡ các xã đặc biệt khó khăn',
      note: 'Dòng 1\n\tDòng 2 — Điện Biên Đông',
    });
  });
});

describe('scalars are strict', () => {
  it('refuses a date outside the records (year 1 is a typing error), writing nothing', async () => {
    const result = await refusedWithoutChange(database, () =>
      execute(app, CREATE, { input: decision({ issuedOn: '0001-01-01' }) }, admin),
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain('outside the records');
  });

  it('refuses money with spaces, separators, decimals or leading zeros; takes plain digits', () => {
    const money = schema.getType('Money') as GraphQLScalarType;
    for (const bad of [' 5 ', '5.0', '4.800.000', '005', '+5', '5e3', 5.5]) {
      expect(() => money.parseValue(bad), JSON.stringify(bad)).toThrow(/Money must be a whole number/);
    }
    expect(money.parseValue('4800000')).toBe(4_800_000n);
    expect(money.parseValue(4_800_000)).toBe(4_800_000n);
    expect(money.parseValue('95539000000000000000')).toBe(95_539_000_000_000_000_000n);
  });
});
