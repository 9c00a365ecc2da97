import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

const root = resolve(import.meta.dirname, '..');

describe('the generated typed documents', () => {
  it('match what codegen makes from the committed schema.graphql, the SDK’s operations and the tests’ graphql(…) documents (run pnpm codegen after a change)', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: root, silent: true, verbose: false },
      false,
    );
    const expected = new Map(outputs.map((output) => [relative(root, resolve(root, output.filename)), output.content]));
    const committed: string[] = [];
    for (const directory of Object.keys(config.generates)) {
      const files = await readdir(join(root, directory));
      committed.push(...files.map((name) => relative(root, join(root, directory, name))));
    }
    expect([...expected.keys()].sort()).toEqual(committed.sort());
    for (const [file, content] of expected) {
      expect(await readFile(join(root, file), 'utf8'), `${file} is stale: run pnpm codegen`).toBe(content);
    }
  });
});
