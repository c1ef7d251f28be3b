import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { NODE_KINDS } from '../../model/vocabulary.js';
import { decodeCursor, pageSize, requireText } from '../arguments.js';
import { connection } from '../connection.js';
import { luceneQuery } from '../fulltext.js';
import type { NodeType, QueryResolvers } from '../generated/resolvers-types.js';
import { one } from '../loaders.js';
import type { NodeRecord, StakeholderRecord, TermRecord } from '../records.js';
import { positionsPage } from './positions-page.js';

const typename = (t: NodeType) => NODE_KINDS.find((k) => k.toUpperCase() === t)!;

/** Stakeholders and terms page the same way: by lower-cased name or label, optionally searched. */
async function namedPage<T extends { id: string }>(
  db: Database,
  query: string,
  { search, first, after }: { search?: string | null; first?: number | null; after?: string | null },
) {
  const limit = pageSize(first);
  const cursor = decodeCursor(after);
  const [row] = await db.query<{ total: number; page: (T & { sortKey: string })[] }>(cypher(query), {
    search: search ? luceneQuery(requireText('search', search)) : null,
    afterKey: cursor?.key ?? null,
    afterId: cursor?.id ?? null,
    limit,
  });
  return connection(row!.total, row!.page, limit);
}

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { loaders }) => one(loaders.nodes, id),

  search: async (_, { query, first, types }, { db }) => {
    const limit = pageSize(first, 10, 50);
    if (limit === 0) return [];
    return db.query<{ score: number; node: NodeRecord }>(cypher('queries/search'), {
      query: luceneQuery(requireText('query', query)),
      limit,
      kinds: NODE_KINDS,
      types: types?.length ? types.map(typename) : null,
    });
  },

  stakeholders: (_, args, { db }) => namedPage<StakeholderRecord>(db, 'queries/stakeholders-page', args),
  terms: (_, args, { db }) => namedPage<TermRecord>(db, 'queries/terms-page', args),

  positions: (_, { filter, first, after }, { db }) => positionsPage(db, filter ?? {}, pageSize(first), decodeCursor(after)),
};
