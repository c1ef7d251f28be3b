#!/usr/bin/env node
import { Command } from 'commander';
import { registerDbCommands } from './commands/db.js';
import { registerGenerateCommand } from './commands/generate.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerKeysCommands } from './commands/keys.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerSchemaCommand } from './commands/schema.js';
import { registerStartCommand } from './commands/start.js';
import { runCommand } from './run.js';

const program = new Command()
  .name('stancegraph')
  .description('A knowledge graph of who proposed, backed or opposed which negotiation terms, and on what evidence.')
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerIngestCommand(program);
registerGenerateCommand(program);
registerSchemaCommand(program);
registerKeysCommands(program);
registerDbCommands(program);

await runCommand(() => program.parseAsync(process.argv));
