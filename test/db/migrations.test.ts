import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MigrationError, migrate, readMigrations } from '../../src/db/migrations.js';
import { useCleanGraph } from '../helpers/db.js';

describe('migrations', () => {
  const db = useCleanGraph();
  afterAll(async () => {
    await db().runAutoCommit('MATCH (m:_Migration) WHERE m.version >= 900 DELETE m');
    await db().runAutoCommit('DROP INDEX test_migration_index IF EXISTS');
  });

  it('has applied every migration on disk, in order, with checksums', async () => {
    const onDisk = readMigrations();
    const applied = await db().query<{ version: number; checksum: string }>(
      'MATCH (m:_Migration) WHERE m.version < 900 RETURN m.version AS version, m.checksum AS checksum ORDER BY version',
    );
    expect(applied).toEqual(onDisk.map((m) => ({ version: m.version, checksum: m.checksum })));
  });

  it('is idempotent: a second run applies nothing', async () => {
    const result = await migrate(db());
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBe(readMigrations().length);
  });

  it('creates the id constraints and the full-text index', async () => {
    const constraints = await db().query<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(['entity_id', 'position_id', 'term_id']));
    const indexes = await db().query<{ name: string; type: string }>('SHOW INDEXES YIELD name, type RETURN name, type');
    expect(indexes).toContainEqual({ name: 'entity_search', type: 'FULLTEXT' });
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    const file = path.join(dir, 'V900__test_index.cypher');
    fs.writeFileSync(file, 'CREATE INDEX test_migration_index IF NOT EXISTS FOR (n:TestOnly) ON (n.x);\n');
    expect((await migrate(db(), readMigrations(dir))).applied).toEqual(['V900__test_index']);

    fs.writeFileSync(file, 'CREATE INDEX test_migration_index IF NOT EXISTS FOR (n:TestOnly) ON (n.y);\n');
    await expect(migrate(db(), readMigrations(dir))).rejects.toThrow(MigrationError);
    await expect(migrate(db(), readMigrations(dir))).rejects.toThrow(/V900__test_index was edited after it was applied/);
    fs.rmSync(dir, { recursive: true });
  });

  it('rejects badly named migration files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.writeFileSync(path.join(dir, 'constraints.cypher'), 'RETURN 1;');
    expect(() => readMigrations(dir)).toThrow(/named V<number>__<name>\.cypher/);
    fs.rmSync(dir, { recursive: true });
  });
});
