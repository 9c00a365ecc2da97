import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { applyMigrations } from './db/migrations.ts';
import { isDatabaseSeeded, seedDemoData } from './db/seed/index.ts';
import type { Logger } from './logger.ts';

/** Opens the configured database and brings it to the state the server needs. */
export async function prepareDatabase(config: Config, logger: Logger): Promise<Database> {
  const database = await openDatabase(config.database);
  try {
    logger.info(`Database: ${database.description}`);
    if (config.migrateOnStart) {
      const { applied } = await applyMigrations(database.adapter);
      logger.info(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date');
    }
    if (config.seedOnStart && !(await isDatabaseSeeded(database.prisma))) {
      logger.info('Empty database: loading administrative units and the demo dataset (first start only)…');
      const started = performance.now();
      await seedDemoData(database.prisma, { log: (line: string) => logger.info(line) });
      logger.info(`Demo dataset loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
