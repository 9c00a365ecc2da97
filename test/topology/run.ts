/**
 * `pnpm topology [--servers N] [--no-seed]`: a PostgreSQL primary, a streaming replica, N server
 * instances and nginx in front, on loopback ports, until Ctrl-C. See docs/DEPLOYMENT.md.
 */
import { parseArgs } from 'node:util';
import { missingTools, startTopology, type Topology } from './topology.ts';

const { values } = parseArgs({
  options: { servers: { type: 'string', default: '3' }, 'no-seed': { type: 'boolean', default: false } },
});
const servers = Number(values.servers);
if (!Number.isInteger(servers) || servers < 1 || servers > 16) {
  console.error('--servers takes a whole number from 1 to 16, e.g. pnpm topology --servers 3');
  process.exit(2);
}
const missing = missingTools();
if (missing) {
  console.error(`pnpm topology needs PostgreSQL's server tools and nginx: ${missing}.`);
  process.exit(1);
}

const started = performance.now();
const say = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
let topology: Topology | undefined;
let stopping = false;
const starting = new AbortController();
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  if (!topology) {
    say(`${signal}: stopping what has started so far…`);
    starting.abort();
    return;
  }
  say(`${signal}: stopping nginx, the instances (SIGTERM, they drain), the replica and the primary…`);
  await topology?.stop();
  say('Stopped; the temporary directory is removed.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  topology = await startTopology({
    servers,
    seed: !values['no-seed'],
    environment: process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {},
    log: say,
    signal: starting.signal,
  });
} catch (error) {
  if (starting.signal.aborted) {
    say('Stopped; the temporary directory is removed.');
    process.exit(0);
  }
  console.error(`\nThe topology could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
say(`Ready: ${topology.url}/graphql (GraphiQL in a browser), ${topology.url}/readyz for the replica's state.`);
say(`  primary  ${topology.primary.url('twinning')}`);
say(`  replica  ${topology.replica.url('twinning')} (streaming, read-only)`);
for (const server of topology.servers) say(`  instance ${server.url}`);
say(
  process.env.REDIS_URL
    ? 'Wake-ups between instances: Redis.'
    : 'No REDIS_URL: instances wake each other by polling (1 s).',
);
say('Ctrl-C stops everything.');
