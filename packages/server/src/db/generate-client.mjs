// Generates the Prisma client and the Pothos types from prisma/schema.prisma.
// The Prisma CLI insists on finding its native schema engine before it does anything, although
// `generate` never runs it; on machines that cannot download the engine we point it at any file.
import { spawnSync } from 'node:child_process';
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
process.exit(result.status ?? 1);
