import { cypher } from '../../db/cypher.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { dateRange, pageSize } from '../arguments.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { type ViewEdge, edgeId, foldPositions, nodeInfo } from '../graph-view.js';
import { one } from '../loaders.js';
import { DEFAULT_STATUSES } from '../position-filters.js';

const MAX_DEPTH = 3;
const MAX_VIEW_NODES = 5_000;
const MAX_PATH_LENGTH = 12;
/**
 * Rows (edges) read per level, per node the view may show. Every row between shown nodes becomes an
 * edge, so this bounds the answer too: five edges a node already draws a dense view.
 */
const ROWS_PER_VIEW_NODE = 5;

/** One edge of the level being expanded, and the node on its far side. */
type ExpandRow = Omit<ViewEdge, 'id'> & { other: string; cut?: boolean };

export const graphResolvers: QueryResolvers = {
  neighborhood: async (_, { id, depth, limit, positionsAsEdges, filter }, { db }) => {
    if (depth == null || depth < 1 || depth > MAX_DEPTH) throw new BadInputError(`\`depth\` must be between 1 and ${MAX_DEPTH}`);
    const maxNodes = pageSize(limit, 200, MAX_VIEW_NODES);
    const maxRows = maxNodes * ROWS_PER_VIEW_NODE;
    const range = dateRange(filter?.from, filter?.to);
    const query = cypher(positionsAsEdges === false ? 'graph/expand-raw' : 'graph/expand-positions-as-edges');

    const nodes = new Set([id]);
    const edges = new Map<string, ViewEdge>();
    let frontier = [id];
    let truncated = false;
    // One round trip per level: the view costs depth + 1 queries whatever its size.
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const rows = await db.query<ExpandRow>(query, {
        ids: frontier,
        statuses: DEFAULT_STATUSES,
        stances: filter?.stance?.length ? filter.stance : null,
        from: range.from,
        to: range.to,
        maxRows,
      });
      // A full budget, or a node with more edges than its share, means some were left out.
      if (rows.length >= maxRows || rows.some((r) => r.cut)) truncated = true;
      const next: string[] = [];
      for (const row of rows) {
        if (!nodes.has(row.other)) {
          if (nodes.size >= maxNodes) {
            truncated = true;
            continue;
          }
          nodes.add(row.other);
          next.push(row.other);
        }
        const { other: _, cut: _cut, ...edge } = row;
        edges.set(edgeId(edge), { id: edgeId(edge), ...edge });
      }
      frontier = next;
    }

    // A missing node expands to nothing, so the details query is what tells it does not exist.
    const info = await nodeInfo(db, [...nodes]);
    if (!info.has(id)) throw new NotFoundError('node', id);
    const types = filter?.types?.length ? new Set<string>(filter.types) : null;
    const visible = [...info.values()].filter((n) => n.id === id || !types || types.has(n.type));
    const shown = new Set(visible.map((n) => n.id));
    return { nodes: visible, edges: [...edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target)), truncated };
  },

  path: async (_, { fromId, toId, maxLength }, { db, loaders }) => {
    const max = maxLength ?? 6;
    if (max < 1 || max > MAX_PATH_LENGTH) throw new BadInputError(`\`maxLength\` must be between 1 and ${MAX_PATH_LENGTH}`);
    const [from, to] = await Promise.all([one(loaders.nodes, fromId), one(loaders.nodes, toId)]);
    if (!from) throw new NotFoundError('node', fromId);
    if (!to) throw new NotFoundError('node', toId);
    if (fromId === toId) {
      const info = await nodeInfo(db, [fromId]);
      return { length: 0, nodes: [...info.values()], edges: [], relationshipTypes: [] };
    }
    const [row] = await db.query<{ nodeIds: string[]; edges: Omit<ViewEdge, 'id' | 'positionId'>[] }>(cypher('graph/shortest-path'), { fromId, toId });
    if (!row || row.edges.length > max) return null;
    const relationshipTypes = row.edges.map((e) => e.type);
    const folded = foldPositions(row.nodeIds, row.edges.map((e) => ({ ...e, positionId: null })));
    const info = await nodeInfo(db, folded.nodeIds);
    return {
      length: row.edges.length,
      nodes: folded.nodeIds.map((n) => info.get(n)!),
      edges: folded.edges.map((e) => ({ id: edgeId(e), ...e })),
      relationshipTypes,
    };
  },
};
