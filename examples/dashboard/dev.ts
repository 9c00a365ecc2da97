/**
 * `pnpm dashboard`: the dashboard's Vite dev server, with the API behind it. Uses the API at
 * TWINNING_API_URL (default http://127.0.0.1:4000) when it answers; otherwise starts it on the
 * embedded default database (the first start loads the demo data) and stops it on exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dashboard = fileURLToPath(new URL('.', import.meta.url));
const api = (process.env.TWINNING_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`).replace(/\/+$/, '');
process.env.TWINNING_API_URL = api;

let server: ChildProcess | undefined;
const stopServer = () => server?.kill('SIGTERM');
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

if (await isReady()) {
  console.log(`Using the API already running at ${api}/graphql`);
} else {
  const { hostname, port } = new URL(api);
  if (!['127.0.0.1', 'localhost'].includes(hostname)) {
    console.error(`Nothing answers at ${api}/readyz. Start that API, or unset TWINNING_API_URL to start one here.`);
    process.exit(1);
  }
  console.log(`Starting the API on the embedded database at ${api} (the first start loads the demo data: 15–20 s)…`);
  server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: hostname === 'localhost' ? '127.0.0.1' : hostname, PORT: port || '4000' },
    stdio: 'inherit',
  });
  server.once('exit', (code) => {
    console.error(`The API stopped (exit code ${code}); see its log above.`);
    process.exit(1);
  });
  const started = Date.now();
  while (!(await isReady())) {
    if (Date.now() - started > 180_000) {
      console.error('The API did not become ready within 3 minutes; see its log above.');
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const { createServer } = await import('vite');
const vite = await createServer({ root: dashboard, configFile: `${dashboard}vite.config.ts` });
await vite.listen();
vite.printUrls();
console.log(`Dashboard ready; /graphql goes to ${api}. Ctrl-C stops ${server ? 'both' : 'the dashboard'}.`);

async function isReady(): Promise<boolean> {
  try {
    return (await fetch(`${api}/readyz`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
