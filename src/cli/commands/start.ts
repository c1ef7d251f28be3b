import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connect.js';
import { migrate } from '../../db/migrations.js';
import { loadExampleIfEmpty } from '../../ingest/example.js';
import { createLogger } from '../../log.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Run the service: Neo4j (local unless NEO4J_URI is set), migrations, then the HTTP server')
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config);
      const db = await openDatabase(config, (line) => log.info(line));
      const migrations = await migrate(db);
      log.info({ applied: migrations.applied, alreadyApplied: migrations.alreadyApplied }, 'migrations up to date');
      if (await loadExampleIfEmpty(db)) log.info('graph was empty: loaded the example dataset (data/examples/)');
      // Loaded here, not at the top: every other command would pay for Express and Apollo at start-up.
      const { startHttpServer } = await import('../../web/server.js');
      const http = await startHttpServer({ config, db, log });
      log.info(`Stancegraph listening on ${http.url}`);

      const shutdown = async (signal: string) => {
        log.info({ signal }, 'shutting down');
        await http.close();
        await db.close();
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
