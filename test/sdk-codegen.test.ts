import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

const root = resolve(import.meta.dirname, '..');
const generatedDirectory = join(root, 'packages/sdk/src/generated');

describe('the SDK’s generated code', () => {
  it('matches what codegen makes from the committed schema.graphql and operations (run pnpm codegen after a change)', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: root, silent: true, verbose: false },
      false,
    );
    const expected = new Map(outputs.map((output) => [relative(root, resolve(root, output.filename)), output.content]));
    expect([...expected.keys()].sort()).toEqual(
      (await readdir(generatedDirectory)).map((name) => relative(root, join(generatedDirectory, name))).sort(),
    );
    for (const [file, content] of expected) {
      expect(await readFile(join(root, file), 'utf8'), `${file} is stale: run pnpm codegen`).toBe(content);
    }
  });
});
