import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';

/** A Database on the run's real Neo4j. */
export function testDatabase(): Database {
  return new Database(inject('neo4j'));
}

/** Removes every domain node; migrations' bookkeeping stays, as it would in production (the graph version is re-created by the write). */
export async function cleanGraph(db: Database): Promise<void> {
  await db.runAutoCommit('MATCH (n) WHERE NOT n:_Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

export async function countNodes(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>('MATCH (n) WHERE NOT n:_Migration AND NOT n:_GraphVersion RETURN count(n) AS n');
  return row!.n;
}
