import { defineConfig } from 'vitest/config';

// graphql 17 ships a separate build under the "development" export condition. Vite resolves the
// test files' imports with that condition while Node loads dependencies without it, which would
// give two graphql instances ("Cannot use GraphQLObjectType from another realm").
const conditions = ['module', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['node'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: each worker holds an in-memory PostgreSQL; more workers only thrash.
    maxWorkers: 2,
    // Each test file opens and closes in-memory PGlite instances. On CPUs with memory protection
    // keys (PKU), V8 24's JIT-page registry races under that WebAssembly churn and aborts the worker
    // ("Check failed: jit_page.has_value()", nodejs/node#64500); the flag turns that registry off.
    execArgv: ['--no-memory-protection-keys'],
  },
});
