import { afterAll, beforeAll, inject } from 'vitest';
import { Database } from '../../src/db/database.js';

/** A Database on the run's real Neo4j. */
export function testDatabase(): Database {
  return new Database(inject('neo4j'));
}

/** Removes every domain node; migrations' bookkeeping stays, as it would in production (the graph version is re-created by the write). */
export async function cleanGraph(db: Database): Promise<void> {
  await db.runAutoCommit('MATCH (n) WHERE NOT n:_Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/**
 * For a describe block that has the graph to itself: opens a Database on the run's Neo4j and empties
 * the graph before the first test, then empties it again and closes the Database after the last.
 * Returns the Database, which exists from the first beforeAll on: `const db = useCleanGraph();`, then
 * `db()` in hooks and tests. Call it before the block's own hooks, so that its beforeAll runs first and
 * (vitest runs afterAll hooks in reverse order) its afterAll last, after the block's own clean-up.
 */
export function useCleanGraph(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = testDatabase();
    await cleanGraph(db);
  });
  afterAll(async () => {
    if (!db) return;
    await cleanGraph(db);
    await db.close();
  });
  return () => {
    if (!db) throw new Error('useCleanGraph(): the database is opened in beforeAll; use it inside hooks and tests');
    return db;
  };
}

export async function countNodes(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>('MATCH (n) WHERE NOT n:_Migration AND NOT n:_GraphVersion RETURN count(n) AS n');
  return row!.n;
}
