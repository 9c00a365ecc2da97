import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

export type { SchemaEngine };

interface WasmBindings {
  SchemaEngine: typeof SchemaEngine;
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}

let bindings: Promise<WasmBindings> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly: the code behind `prisma migrate`, run in-process
 * through a driver adapter, so no native engine is downloaded and the embedded database can be
 * migrated at all. The package's own entry imports its .wasm as an ES module, which Node does not
 * support without a flag, so the module is instantiated here by hand.
 */
export async function createSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  datamodels: Array<[path: string, content: string]>,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  return SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapter));
}

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as WasmBindings & {
      __wbindgen_start?: () => void;
    };
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const module = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(module, {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return bindings;
}
