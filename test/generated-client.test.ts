import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `pnpm install` generates the Prisma client with packages/server/src/db/generate-client.mjs, which
// then makes the client read its query compiler's Wasm as data instead of importing it as a module
// (a module's source and the string it exports would both stay in the heap: 9 MB for nothing).

const generatedClass = fileURLToPath(
  new URL('../packages/server/src/generated/prisma/internal/class.ts', import.meta.url),
);
const wasmModule = '@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs';

describe('the generated Prisma client', () => {
  it('reads the query compiler from its file rather than importing it', () => {
    const source = readFileSync(generatedClass, 'utf8');
    expect(source).not.toContain(`import("${wasmModule}")`);
    expect(source).toContain(`createRequire(import.meta.url).resolve("${wasmModule}")`);
  });

  it('compiles queries with the Wasm so read, in a process that never loaded the module', () => {
    // A fresh Node process (not Vitest's module runner): load the compiler the way the server does,
    // compile a query, and list the modules that were loaded.
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { getPrismaClientClass } = await import(${JSON.stringify(generatedClass)});
      const { PGlite } = await import('@electric-sql/pglite');
      const { PrismaPGlite } = await import('pglite-prisma-adapter');
      const PrismaClient = getPrismaClientClass();
      const db = new PGlite();
      await db.exec('CREATE TABLE "Indicator" (id uuid PRIMARY KEY, code text NOT NULL)');
      const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
      const found = await prisma.indicator.findMany({ select: { code: true }, where: { code: 'NONE' } });
      process.stdout.write(JSON.stringify({ found, wasmModuleLoaded: loaded.some((url) => url.includes('wasm-base64')) }));
      await prisma.$disconnect();
      await db.close();
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../packages/server/', import.meta.url)),
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ found: [], wasmModuleLoaded: false });
  });
});
