import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../packages/server/src/graph.ts';
import { paths } from '../packages/server/src/paths.ts';

describe('schema.graphql', () => {
  it('is committed and matches the schema the server builds (run pnpm schema:print after a change)', async () => {
    const committed = await readFile(paths.schemaGraphql, 'utf8');
    expect(committed).toBe(printedSchema());
  });
});
