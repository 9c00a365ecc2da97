import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { DatabaseUnavailableError } from './db/database.ts';
import { MigrationFailedError } from './db/migrations.ts';
import { offerLocalAdministration } from './domain/api-key/local-admin.ts';
import { ChangeFeed } from './events/change-feed.ts';
import { inProcessWakeups, redisWakeups } from './events/wakeups.ts';
import { WebhookDispatcher } from './events/webhooks/dispatcher.ts';
import { type AppOptions, authenticator, createApp } from './http/app.ts';
import { RedisRateLimits } from './http/rate-limit-redis.ts';
import { assertPortFree, listen, PortInUseError } from './http/server.ts';
import { serveWebSockets } from './http/websocket.ts';
import { createLogger } from './logger.ts';
import { DatabaseNotMigratedError, prepareDatabase } from './startup.ts';

/**
 * On PostgreSQL the only WebAssembly here is Prisma's query compiler, under 1 % of the CPU under
 * load; V8 still recompiles its hot functions with its optimising tier, whose compiler memory
 * stays resident: about 20 MiB of peak RSS under load (V8's peak malloced
 * memory 62 → 25–36 MB). A budget no function reaches keeps it on the baseline tier. The budget is
 * read when a module is instantiated, so this works at run time, before the client's first query;
 * `--liftoff-only` would not. The embedded database is WebAssembly too (PGlite), 10–25 % slower
 * on the baseline tier, so it keeps both tiers.
 */
function keepWebAssemblyOnItsBaselineTier(): void {
  setFlagsFromString('--wasm-tiering-budget=2000000000');
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.database.kind === 'postgres') keepWebAssemblyOnItsBaselineTier();
  const logger = createLogger(config.logLevel);
  // Before the database: a busy port should not cost a first start's 20 seconds of seeding to find out.
  await assertPortFree(config.http.host, config.http.port);
  const database = await prepareDatabase(config, logger);
  const wakeups = config.redisUrl ? redisWakeups(config.redisUrl, logger) : inProcessWakeups();
  const changeFeed = new ChangeFeed({
    db: database.prisma,
    wakeups,
    logger,
    pollIntervalMs: config.changeFeed.pollIntervalMs,
  });
  const rateLimitStore = config.redisUrl ? new RedisRateLimits(config.redisUrl, { logger }) : undefined;
  const trusted = await trustedDocuments(config);
  const app = createApp({
    database,
    logger,
    graphiql: config.http.graphiql,
    publicRead: config.publicRead,
    trustedDocuments: trusted,
    changeFeed,
    limits: config.limits,
    rateLimitStore,
  });
  const dispatcher = config.webhooks.enabled
    ? new WebhookDispatcher({ db: database.prisma, wakeups, logger, ...config.webhooks })
    : null;
  const running = await listen(app, config.http.host, config.http.port);
  await offerLocalAdministration(database, running.url);
  dispatcher?.start();
  const closeWebSockets = serveWebSockets(app, running.server, authenticator(database, config.publicRead), {
    trustedDocuments: trusted !== undefined,
  });
  logger.info(
    `Change feed wake-ups: ${wakeups.description}; rate limits: ${rateLimitStore?.description ?? 'in-process'}; webhook delivery: ${dispatcher ? 'on (one instance at a time, by lease)' : 'off (WEBHOOKS=false)'}`,
  );
  logger.info(`Twinning Graph is listening on ${running.url}/graphql (HTTP, SSE and WebSocket)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: stopping at once, cutting what is still running.`);
      process.exit(1);
    }
    stopping = true;
    const graceMs = config.shutdownGraceMs;
    logger.info(`${signal}: shutting down; no new connections, requests in flight get up to ${graceMs} ms to finish`);
    // Whatever hangs (a database that never answers), the process still ends.
    setTimeout(() => {
      logger.error('Shutdown did not finish in time; stopping anyway.');
      process.exit(1);
    }, graceMs + FORCED_EXIT_AFTER_GRACE_MS).unref();
    try {
      await running.stopAccepting();
      logger.info(`No longer accepting connections; answering ${running.requestsInFlight} requests in flight.`);
      // Subscriptions end with SHUTTING_DOWN, so clients resume elsewhere from their last cursor.
      await changeFeed.close();
      const [cut] = await Promise.all([running.drain(graceMs), dispatcher?.stop()]);
      if (cut > 0)
        logger.warn(`${cut} requests were still running after ${graceMs} ms (SHUTDOWN_GRACE_MS) and were cut.`);
      await closeWebSockets();
      await wakeups.close();
      await rateLimitStore?.close();
      await database.close();
      logger.info('Stopped.');
      process.exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** After the grace period, closing workers and the database gets this long before the process exits anyway. */
const FORCED_EXIT_AFTER_GRACE_MS = 15_000;

async function trustedDocuments(config: Config): Promise<AppOptions['trustedDocuments']> {
  const { mode, manifestPath } = config.trustedDocuments;
  if (mode === 'off') return undefined;
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new ConfigError(
      `TRUSTED_DOCUMENTS=${mode} needs the persisted-documents manifest at ${manifestPath} (${error instanceof Error ? error.message : String(error)}). Run \`pnpm codegen\` or set TRUSTED_DOCUMENTS_FILE.`,
    );
  }
  return { manifest, only: mode === 'only' };
}

main().catch((error: unknown) => {
  // Expected failures get one sentence that says what to do; anything else keeps its stack.
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof DatabaseNotMigratedError ||
    error instanceof MigrationFailedError ||
    error instanceof PortInUseError
  ) {
    process.stderr.write(`\nTwinning Graph could not start: ${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nTwinning Graph could not start:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n`,
    );
  }
  process.exit(1);
});
