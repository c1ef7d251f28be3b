import { describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { ConstraintViolationError, DatabaseAuthError, DatabaseUnavailableError } from '../../src/db/errors.js';
import { freePort } from '../../src/db/local/free-port.js';
import { countRoundTrips } from '../../src/db/round-trips.js';
import { useCleanGraph } from '../helpers/db.js';

describe('Database', () => {
  const db = useCleanGraph();

  it('reads and writes through managed transactions on the named database', async () => {
    await db().write((tx) => tx.run('CREATE (:Entity:Term {id: $id, label: $label})', { id: 't-db-1', label: 'x' }));
    const rows = await db().query<{ label: string; db: string }>('MATCH (t:Term {id: $id}) RETURN t.label AS label', { id: 't-db-1' });
    expect(rows).toEqual([{ label: 'x' }]);
  });

  it('counts one round trip per query inside countRoundTrips', async () => {
    const { roundTrips } = await countRoundTrips(async () => {
      await db().query('RETURN 1');
      await db().read(async (tx) => {
        await tx.run('RETURN 1');
        await tx.run('RETURN 2');
      });
    });
    expect(roundTrips).toBe(3);
  });

  it('works through a neo4j:// routing URI, with reads sent through executeRead', async () => {
    const { uri, user, password, database } = inject('neo4j');
    const routed = new Database({ uri: uri.replace(/^bolt:/, 'neo4j:'), user, password, database });
    try {
      expect(await routed.query<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      // A read transaction refuses writes, which proves reads really go through executeRead.
      await expect(routed.read((tx) => tx.run('CREATE (:ShouldNotExist)'))).rejects.toThrow();
    } finally {
      await routed.close();
    }
  });

  it('maps a unique-constraint violation to ConstraintViolationError', async () => {
    await expect(db().write((tx) => tx.run('CREATE (:Entity:Term {id: $id})', { id: 't-db-1' }))).rejects.toBeInstanceOf(
      ConstraintViolationError,
    );
  });

  it('maps wrong credentials to DatabaseAuthError without echoing them', async () => {
    const { uri, user, database } = inject('neo4j');
    const wrong = new Database({ uri, user, password: 'not-the-password', database });
    try {
      const error = await wrong.ping().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseAuthError);
      expect(String((error as Error).message)).not.toContain('not-the-password');
      expect((error as DatabaseAuthError).code).toBe('DATABASE_AUTH_FAILED');
    } finally {
      await wrong.close();
    }
  });

  it('maps an unreachable server to DatabaseUnavailableError quickly', async () => {
    const port = await freePort();
    const down = new Database({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'whatever1', database: 'neo4j', maxRetryMs: 500 });
    const started = Date.now();
    try {
      const error = await down.ping().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).not.toContain(String(port));
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await down.close();
    }
  });
});
