import { encodeCursor } from './arguments.js';

/** Builds a Relay connection from a page fetched with one extra row (which says there is more). */
export function connection<T extends { id: string; sortKey?: string }>(total: number, rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: node.sortKey ?? '', id: node.id }) }));
  return {
    edges,
    totalCount: total,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
