import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';

/** Small enough that a chunk of the busiest terms stays well inside the transaction timeout. */
const RECOUNT_CHUNK = 250;

const running = new WeakMap<Database, Promise<void>>();

/**
 * Support, opposition and contested score are kept on each term, so that contestedTerms reads the
 * few contested terms instead of aggregating every position on every request. Each writer of
 * positions or terms marks the terms it changes (`statsStale`, in cypher/ingest/positions*.cypher,
 * terms.cypher, cypher/article/write-positions.cypher and remove-stale.cypher); this recounts the
 * marked ones, a chunk per transaction. Callers in one process share a running recount.
 */
export function recountStaleTerms(db: Database): Promise<void> {
  let recount = running.get(db);
  if (!recount) {
    recount = recountAll(db).finally(() => running.delete(db));
    running.set(db, recount);
  }
  return recount;
}

async function recountAll(db: Database): Promise<void> {
  const [check] = await db.query<{ stale: boolean }>(cypher('terms/has-stale'));
  if (!check?.stale) return;
  for (;;) {
    const { records } = await db.write((tx) => tx.run<{ recounted: number }>(cypher('terms/recount-stale'), { limit: RECOUNT_CHUNK }));
    if ((records[0]?.get('recounted') ?? 0) < RECOUNT_CHUNK) return;
  }
}
