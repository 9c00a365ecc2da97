// Generates the Prisma client and the Pothos types from prisma/schema.prisma.
// The Prisma CLI insists on finding its native schema engine before it does anything, although
// `generate` never runs it; on machines that cannot download the engine we point it at any file.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const serverBin = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.bin');
const env = {
  ...process.env,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  // The Pothos generator is installed with the server package, not at the root where prisma runs.
  PATH: `${serverBin}${delimiter}${process.env.PATH ?? ''}`,
};
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const result = spawnSync(process.execPath, [cli, 'generate', '--no-hints'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);

// The generated client imports the query compiler's Wasm as a module whose one export is the
// Wasm in base64 (4.6 MB): V8 then keeps that text twice for the life of the process, as the
// module's source and as the string it exports. Reading the same file as data keeps neither.
const generatedClass = resolve(root, 'packages/server/src/generated/prisma/internal/class.ts');
const wasmModule = '@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs';
const imported = `const { wasm } = await import("${wasmModule}")\n    return await decodeBase64AsWasm(wasm)`;
const source = readFileSync(generatedClass, 'utf8');
if (!source.includes(imported)) {
  console.error(
    `${generatedClass} no longer loads the query compiler as this script expects (${wasmModule}).\n` +
      'Prisma changed how it loads its Wasm: update the step at the end of packages/server/src/db/generate-client.mjs.',
  );
  process.exit(1);
}
const readAsData = [
  "const { readFile } = await import('node:fs/promises')",
  "    const { createRequire } = await import('node:module')",
  `    const text = await readFile(createRequire(import.meta.url).resolve("${wasmModule}"), 'latin1')`,
  "    return await decodeBase64AsWasm(text.slice(text.indexOf('\"') + 1, text.lastIndexOf('\"')))",
].join('\n');
writeFileSync(generatedClass, source.replace(imported, readAsData));
