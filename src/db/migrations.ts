import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { cypherDir } from '../paths.js';
import { cypher } from './cypher.js';
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends AppError {
  constructor(message: string) {
    super('MIGRATION_FAILED', message);
  }
}

const FILE_PATTERN = /^V(\d{3,})__([a-z0-9_]+)\.cypher$/;
const migrationsDir = path.join(cypherDir, 'migrations');

/** Splits a migration file into statements: `;` at the end of a line ends one; `//` lines are comments. */
function statementsOf(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

export function readMigrations(dir = migrationsDir): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) throw new MigrationError(`${file}: migration files are named V<number>__<name>.cypher`);
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2]!,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: statementsOf(text),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1]!.version === m.version) throw new MigrationError(`Two migrations share version ${m.version}`);
  });
  return migrations;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order and records each with its checksum. An applied migration
 * whose file has since changed is an error: write a new migration instead of editing an old one.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<MigrateResult> {
  const recorded = new Map(
    (await db.query<{ version: number; checksum: string; name: string }>(cypher('schema/applied-migrations'))).map((r) => [r.version, r]),
  );
  const result: MigrateResult = { applied: [], alreadyApplied: 0 };
  for (const migration of migrations) {
    const done = recorded.get(migration.version);
    if (done) {
      if (done.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration V${String(migration.version).padStart(3, '0')}__${migration.name} was edited after it was applied ` +
            `(checksum ${done.checksum.slice(0, 12)}… in the graph, ${migration.checksum.slice(0, 12)}… on disk). Add a new migration instead.`,
        );
      }
      result.alreadyApplied++;
      continue;
    }
    for (const statement of migration.statements) await db.runAutoCommit(statement);
    await db.write((tx) => tx.run(cypher('schema/record-migration'), { ...migration, statements: undefined }));
    result.applied.push(`V${String(migration.version).padStart(3, '0')}__${migration.name}`);
  }
  return result;
}
