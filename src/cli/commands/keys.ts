import { type Command, InvalidArgumentError } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../../auth/api-keys.js';
import { ROLES, type Role } from '../../auth/roles.js';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { migrate } from '../../db/migrations.js';
import { NotFoundError } from '../../errors.js';

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}`);
  return value as Role;
}

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('API keys for editors and admins (stored hashed)');

  keys
    .command('create')
    .description('Create a key and print it once; only its hash is stored')
    .requiredOption('--name <name>', 'who the key is for; recorded with every edit made with it')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, role)
    .action(async (options: { name: string; role: Role }) => {
      const { id, key } = await withDatabase((db) => createApiKey(db, options.name, options.role));
      process.stderr.write(`Created key ${id} (${options.role}) for ${options.name}. It is shown only now:\n`);
      process.stdout.write(`${key}\n`);
    });

  keys
    .command('list')
    .description('List keys (never the keys themselves)')
    .action(async () => {
      for (const k of await withDatabase(listApiKeys)) {
        process.stdout.write(`${k.id}  ${k.role.padEnd(6)}  ${k.name}  created ${k.createdAt}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}\n`);
      }
    });

  keys
    .command('revoke')
    .argument('<id>', 'the key id shown by `keys list`')
    .description('Revoke a key (it stops working within 30 s)')
    .action(async (id: string) => {
      const found = await withDatabase((db) => revokeApiKey(db, id));
      if (!found) throw new NotFoundError('API key', id);
      process.stderr.write(`Revoked key ${id}\n`);
    });
}
