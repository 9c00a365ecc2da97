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
    // Each test file opens and closes in-memory PGlite instances, and that WebAssembly churn trips
    // two races in V8 13's JIT-page registry (Node 24) that abort the worker: "Check failed:
    // jit_page.has_value()" on CPUs with memory protection keys (nodejs/node#64500), and "Check
    // failed: jit_page_->allocations_.erase(addr) == 1" in UnregisterWasmAllocation on any CPU,
    // when Wasm code GC frees code the registry has lost (nodejs/node#66366). The first flag turns
    // the PKU registry off; the second keeps dead Wasm code until its module is freed, so that
    // path never runs. Only the test workers churn like this; a server keeps one instance.
    execArgv: ['--no-memory-protection-keys', '--no-wasm-code-gc'],
  },
});
