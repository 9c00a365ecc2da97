import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sdkSource = resolve(import.meta.dirname, '../packages/sdk/src');

/**
 * What one helper costs a browser app, minified and gzipped: raise it deliberately, with a
 * reason in the commit, never by accident (a CLI dependency reaching the library, a second copy
 * of urql, graphql-js pulled in).
 */
const BUDGET_BYTES = 30 * 1024;

describe('the SDK’s size in a browser bundle', () => {
  it(`one helper (createTwinningClient + placeByCode) stays within ${BUDGET_BYTES / 1024} kB minified and gzipped, without CLI code`, async () => {
    const bundled = await build({
      stdin: {
        contents: `import { createTwinningClient } from './index.ts';
          const twinning = createTwinningClient({ url: location.origin + '/graphql' });
          twinning.placeByCode('23074', '2024-01-01').then(console.log);`,
        resolveDir: sdkSource,
        loader: 'ts',
        sourcefile: 'one-helper.ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const minified = bundled.outputFiles[0]!.contents;
    const gzipped = gzipSync(minified, { level: 9 }).byteLength;
    console.info(
      `@twinning/sdk, one helper: ${(minified.byteLength / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_BYTES / 1024} kB)`,
    );
    const inputs = Object.keys(bundled.metafile.inputs);
    expect(inputs.filter((input) => /src\/cli\/|commander|read-excel-file|csv-parse|^node:/.test(input))).toEqual([]);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
