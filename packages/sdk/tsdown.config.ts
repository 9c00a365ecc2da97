import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'tsdown';

const sdkEntry = resolve(import.meta.dirname, 'src/index.ts');

/**
 * The library: dist/index.js (ESM) + index.d.ts, dist/index.cjs (CJS) + index.d.cts. Browser-safe:
 * nothing here may import a Node built-in.
 */
const library: UserConfig = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  fixedExtension: false,
  // Declarations carry no map: one pointing at src/, which the package does not ship, would be broken.
  dts: { sourcemap: false },
  // JavaScript maps embed their sources, so they work without src/.
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
  deps: {
    // graphql-sse's package entry also holds its server half, which imports `graphql`; bundling
    // lets the tree-shaker keep only the client, so neither Node nor browsers load `graphql`.
    alwaysBundle: ['graphql-sse'],
    onlyBundle: ['graphql-sse', '@urql/core', 'wonka', '@0no-co/graphql.web'],
    // urql's declarations import wonka's, which name DOM types (`HTMLElement`): inlining the few
    // urql types the SDK exposes keeps a Node project without `lib: ["dom"]` type-checking.
    dts: {
      alwaysBundle: ['@urql/core', 'wonka', '@0no-co/graphql.web'],
      neverBundle: ['graphql', '@graphql-typed-document-node/core'],
    },
  },
  copy: [
    { from: 'src/generated/persisted-documents.json', to: 'dist' },
    { from: '../../schema.graphql', to: 'dist' },
  ],
  hooks: { 'build:done': dropDeclarationMapComments },
};

/**
 * The `twinning` command: Node only, ESM, its own file so the library stays small. It imports the
 * library by package name (a self-reference), so the SDK's code exists once in the package.
 */
const cli: UserConfig = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node22',
  fixedExtension: false,
  dts: false,
  sourcemap: true,
  clean: false,
  tsconfig: 'tsconfig.build.json',
  banner: { js: '#!/usr/bin/env node' },
  plugins: [
    {
      name: 'twinning-sdk-self-reference',
      async resolveId(source, importer) {
        if (!importer || !source.startsWith('.')) return null;
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved?.id === sdkEntry ? { id: '@twinning/sdk', external: true } : null;
      },
    },
  ],
  deps: { neverBundle: ['@twinning/sdk'] },
};

export default defineConfig([library, cli]);

/** rolldown appends `//# sourceMappingURL=index.d.ts.map` to declarations even when it writes no map. */
async function dropDeclarationMapComments({ chunks }: { chunks: ReadonlyArray<{ fileName: string }> }) {
  for (const { fileName } of chunks) {
    if (!/\.d\.c?ts$/.test(fileName)) continue;
    const path = join(import.meta.dirname, 'dist', fileName);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  }
}
