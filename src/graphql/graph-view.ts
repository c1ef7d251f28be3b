import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { NODE_KINDS, type NodeKind, type Stance } from '../model/vocabulary.js';
import type { NodeType } from './generated/resolvers-types.js';

export interface ViewNode {
  id: string;
  type: NodeType;
  label: string;
  degree: number;
  date: string | null;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  stance: Stance | null;
  positionId: string | null;
  date: string | null;
}

/** Type, label and degree for each id, in one round trip. */
export async function nodeInfo(db: Database, ids: string[]): Promise<Map<string, ViewNode>> {
  const rows = await db.query<{ id: string; typename: NodeKind; label: string; degree: number; date: string | null }>(cypher('graph/node-info'), {
    ids,
    kinds: NODE_KINDS,
  });
  return new Map(rows.map((r) => [r.id, { id: r.id, type: r.typename.toUpperCase() as NodeType, label: r.label, degree: r.degree, date: r.date }]));
}

export function edgeId(e: Omit<ViewEdge, 'id'>): string {
  return e.positionId ?? `${e.source}-${e.type}->${e.target}`;
}

/**
 * Folds holder-[:HOLDS]->position-[:ON_TERM]->term runs of a path into one stance edge, as the
 * explorer draws positions; a position reached any other way stays a node.
 */
export function foldPositions(nodeIds: string[], edges: Omit<ViewEdge, 'id'>[]): { nodeIds: string[]; edges: Omit<ViewEdge, 'id'>[] } {
  const outNodes: string[] = [nodeIds[0]!];
  const outEdges: Omit<ViewEdge, 'id'>[] = [];
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i]!;
    const b = edges[i + 1];
    const middle = nodeIds[i + 1]!;
    const isRun = b && ((a.type === 'HOLDS' && b.type === 'ON_TERM') || (a.type === 'ON_TERM' && b.type === 'HOLDS'));
    if (isRun) {
      const holderFirst = a.type === 'HOLDS';
      outEdges.push({
        source: holderFirst ? a.source : b.source,
        target: holderFirst ? b.target : a.target,
        type: a.stance ?? 'POSITION',
        stance: a.stance,
        positionId: middle,
        date: a.date,
      });
      outNodes.push(nodeIds[i + 2]!);
      i++;
    } else {
      outEdges.push(a);
      outNodes.push(middle);
    }
  }
  return { nodeIds: outNodes, edges: outEdges };
}
