import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connect.js';
import { migrate } from '../../db/migrations.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending Cypher migrations from cypher/migrations/')
    .action(async () => {
      const config = loadConfig();
      const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
      try {
        const result = await migrate(db);
        process.stdout.write(
          result.applied.length
            ? `Applied ${result.applied.join(', ')} (${result.alreadyApplied} already applied)\n`
            : `Nothing to apply (${result.alreadyApplied} migrations already applied)\n`,
        );
      } finally {
        await db.close();
      }
    });
}
