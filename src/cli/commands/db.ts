import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local/instance.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('The local Neo4j (used when NEO4J_URI is unset)');

  db.command('start')
    .description('Start the local Neo4j in the background, wait until it answers, print its bolt URI')
    .action(async () => {
      const config = loadConfig();
      const local = await startLocalNeo4j({ ...config.local, password: config.neo4j.password, log: say });
      if (!local.started) say(`Neo4j already running for ${config.local.dataDir}`);
      process.stdout.write(`${local.uri}\n`);
    });

  db.command('stop')
    .description('Stop, cleanly, the local Neo4j that owns NEO4J_DATA_DIR')
    .action(async () => {
      const config = loadConfig();
      const stopped = await stopLocalNeo4j(config.local.dataDir);
      say(stopped ? `Stopped Neo4j for ${config.local.dataDir}` : `No Neo4j was running for ${config.local.dataDir}`);
    });
}
