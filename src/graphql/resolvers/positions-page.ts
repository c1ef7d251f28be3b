import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { type Cursor, dateRange } from '../arguments.js';
import { connection } from '../connection.js';
import type { PositionFilter } from '../generated/resolvers-types.js';
import { DEFAULT_STATUSES } from '../position-filters.js';
import type { PositionRecord } from '../records.js';

/**
 * The query starts from the most selective id given (a term, a holder, a source), so it touches
 * only that node's positions; the other filters apply after. Both parts are fixed Cypher files.
 */
function anchor(filter: PositionFilter): string {
  if (filter.termId) return 'positions/anchor-term';
  if (filter.holderId) return 'positions/anchor-holder';
  if (filter.sourceId) return 'positions/anchor-source';
  return 'positions/anchor-all';
}

export async function positionsPage(db: Database, filter: PositionFilter, limit: number, cursor: Cursor | null) {
  const range = dateRange(filter.from, filter.to);
  const [row] = await db.query<{ total: number; page: (PositionRecord & { sortKey: string })[] }>(
    `${cypher(anchor(filter))}\n${cypher('positions/filter-and-page')}`,
    {
      termId: filter.termId ?? null,
      holderId: filter.holderId ?? null,
      sourceId: filter.sourceId ?? null,
      stances: filter.stance?.length ? filter.stance : null,
      statuses: filter.status?.length ? filter.status : DEFAULT_STATUSES,
      from: range.from,
      to: range.to,
      afterKey: cursor?.key ?? null,
      afterId: cursor?.id ?? null,
      limit,
    },
  );
  return connection(row!.total, row!.page, limit);
}
