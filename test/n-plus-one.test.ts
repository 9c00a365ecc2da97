import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

// Provinces → districts → communes, with each commune's twinnings, agencies and assessments: a
// naive resolver would send one statement per row at every level.
const threeLevels = `query($provinces: Int!) {
  places(level: PROVINCE, asOf: "2024-01-01", orderBy: CODE, first: $provinces) {
    nodes {
      name
      ... on Province {
        districts(first: 100) {
          nodes {
            name
            communes(first: 100) {
              totalCount
              nodes {
                name code extremelyDisadvantaged
                twinnings(first: 10) { nodes { startsOn agency { name kind } document { number } } }
                successors { kind successor { name } }
              }
            }
          }
        }
      }
    }
  }
}`;

interface Result {
  places: { nodes: Array<{ districts: { nodes: Array<{ communes: { nodes: unknown[] } }> } }> };
}

describe('nested selections', () => {
  let database: Database;
  let app: App;
  const statements: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
    app = createApp({ database });
  });
  afterAll(() => database.close());

  async function measure(provinces: number): Promise<{ statements: number; communes: number }> {
    statements.length = 0;
    const data = await query<Result>(app, threeLevels, { provinces });
    const communes = data.places.nodes.flatMap((province) =>
      province.districts.nodes.flatMap((district) => district.communes.nodes),
    ).length;
    return { statements: statements.length, communes };
  }

  it('sends the same number of SQL statements for 2 provinces as for 12, though the rows grow', async () => {
    const small = await measure(2);
    const large = await measure(12);
    expect(large.communes).toBeGreaterThan(small.communes * 3);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});
