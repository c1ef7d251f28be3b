import type { AbstractGraph } from 'graphology-types';
import { overlaps, spanOf } from './dates.js';
import { NODE_TYPES, type NodeType, STANCES, type Stance } from './types.js';

/** What the filter panel asks for. `null` date bounds mean "open". */
export interface FilterState {
  stances: Set<Stance>;
  /** Relationships that are not stances (CITES, MEMBER_OF, AUTHORED…). */
  otherEdges: boolean;
  types: Set<NodeType>;
  from: number | null;
  to: number | null;
  /** Hide nodes whose every edge in the view is filtered out, so a stance filter reads as one. */
  hideOrphans: boolean;
}

export function defaultFilters(): FilterState {
  return { stances: new Set(STANCES), otherEdges: true, types: new Set(NODE_TYPES), from: null, to: null, hideOrphans: true };
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/**
 * Decides what is hidden; it never removes anything from the graph, so clearing a filter brings
 * the same nodes back where they were. `keep` (the nodes the user opened) never become orphans.
 */
export function computeVisibility(graph: AbstractGraph, filters: FilterState, keep: ReadonlySet<string>): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, a) => {
    const typeShown = filters.types.has(a.type as NodeType);
    if (!typeShown || !overlaps(spanOf(a.date as string | null), filters.from, filters.to)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    const stance = a.stance as Stance | null;
    const kindShown = stance ? filters.stances.has(stance) : filters.otherEdges;
    const dated = overlaps(spanOf(a.date as string | null), filters.from, filters.to);
    if (!kindShown || !dated || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });
  if (filters.hideOrphans) {
    graph.forEachNode((node) => {
      if (hiddenNodes.has(node) || keep.has(node) || graph.degree(node) === 0) return;
      if (graph.everyEdge(node, (edge) => hiddenEdges.has(edge))) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** The span of all dates in the view, for the slider's ends. */
export function dateBounds(graph: AbstractGraph): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  const take = (date: unknown) => {
    const span = spanOf(date as string | null);
    if (span) {
      min = Math.min(min, span.from);
      max = Math.max(max, span.to);
    }
  };
  graph.forEachEdge((_e, a) => take(a.date));
  graph.forEachNode((_n, a) => take(a.date));
  return min <= max ? { min, max } : null;
}
