import { ConfigError, loadConfig } from './config.ts';
import { DatabaseUnavailableError } from './db/database.ts';
import { createApp } from './http/app.ts';
import { listen } from './http/server.ts';
import { createLogger } from './logger.ts';
import { prepareDatabase } from './startup.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await prepareDatabase(config, logger);
  const app = createApp({ database, logger, graphiql: config.http.graphiql, publicRead: config.publicRead });
  const running = await listen(app, config.http.host, config.http.port);
  logger.info(`Twinning Graph is listening on ${running.url}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await running.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
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
