import { readFile } from 'node:fs/promises';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { DatabaseUnavailableError } from './db/database.ts';
import { type AppOptions, contextFactory, createApp } from './http/app.ts';
import { listen } from './http/server.ts';
import { serveWebSockets } from './http/websocket.ts';
import { createLogger } from './logger.ts';
import { prepareDatabase } from './startup.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await prepareDatabase(config, logger);
  const app = createApp({
    database,
    logger,
    graphiql: config.http.graphiql,
    publicRead: config.publicRead,
    trustedDocuments: await trustedDocuments(config),
  });
  const running = await listen(app, config.http.host, config.http.port);
  const closeWebSockets = serveWebSockets(app, running.server, contextFactory(database, config.publicRead));
  logger.info(`Twinning Graph is listening on ${running.url}/graphql (HTTP, SSE and WebSocket)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await closeWebSockets();
    await running.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

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
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    process.stderr.write(`\nTwinning Graph could not start: ${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nTwinning Graph could not start:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n`,
    );
  }
  process.exit(1);
});
