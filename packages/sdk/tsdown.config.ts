import { defineConfig } from 'tsdown';

// One entry, two formats: dist/index.js (ESM) + index.d.ts, dist/index.cjs (CJS) + index.d.cts.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  fixedExtension: false,
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
  deps: {
    // graphql-sse's package entry also holds its server half, which imports `graphql`; bundling
    // lets the tree-shaker keep only the client, so neither Node nor browsers load `graphql`.
    alwaysBundle: ['graphql-sse'],
    onlyBundle: ['graphql-sse'],
  },
  copy: [
    { from: 'src/generated/persisted-documents.json', to: 'dist' },
    { from: '../../schema.graphql', to: 'dist' },
  ],
});
