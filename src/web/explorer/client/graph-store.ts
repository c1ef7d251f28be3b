import { MultiDirectedGraph } from 'graphology';
import { NODE_LOOK, edgeColor, nodeSize } from './legend-data.js';
import type { GraphEdge, GraphNode, GraphView } from './types.js';

/**
 * The graph on screen and how it got there: `roots` are the nodes the user opened (search, deep
 * link, path ends), `expanded` those whose neighbourhood was merged in. Collapsing uses both.
 */
export class ExplorerGraph {
  readonly graph = new MultiDirectedGraph();
  readonly roots = new Set<string>();
  readonly expanded = new Set<string>();

  /** Adds what is new in `view`, placing new nodes around `anchor`; returns the ids added. */
  merge(view: GraphView, anchor?: string): string[] {
    const added: string[] = [];
    const center = anchor && this.graph.hasNode(anchor) ? this.graph.getNodeAttributes(anchor) : null;
    const spread = Math.max(1, Math.sqrt(view.nodes.length)) * 4;
    view.nodes.forEach((node, i) => {
      if (this.graph.hasNode(node.id)) {
        this.graph.mergeNodeAttributes(node.id, { degree: node.degree, date: node.date ?? null, baseLabel: node.label });
        this.relabel(node.id);
        return;
      }
      // New nodes start on a ring around the node they came from; the layout then settles them.
      const angle = (2 * Math.PI * i) / Math.max(1, view.nodes.length) + Math.random() * 0.3;
      const radius = center ? spread * (0.6 + Math.random() * 0.4) : spread * Math.sqrt(Math.random()) * 3;
      const cx = center ? Number(center.x) : 0;
      const cy = center ? Number(center.y) : 0;
      this.graph.addNode(node.id, this.nodeAttributes(node, cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
      added.push(node.id);
    });
    for (const edge of view.edges) this.addEdge(edge);
    return added;
  }

  private addEdge(edge: GraphEdge): void {
    if (this.graph.hasEdge(edge.id) || !this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) return;
    this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      type: edge.type,
      stance: edge.stance ?? null,
      positionId: edge.positionId ?? null,
      date: edge.date ?? null,
      color: edgeColor(edge.stance),
      size: edge.stance ? 2 : 1,
    });
  }

  private nodeAttributes(node: GraphNode, x: number, y: number): Record<string, unknown> {
    const look = NODE_LOOK[node.type] ?? NODE_LOOK.POSITION;
    return {
      x,
      y,
      type: node.type,
      baseLabel: node.label,
      label: labelOf(node.label, node.degree, false),
      degree: node.degree,
      date: node.date ?? null,
      color: look.color,
      shape: look.shape,
      size: nodeSize(node.degree),
    };
  }

  markExpanded(id: string, expanded: boolean): void {
    if (expanded) this.expanded.add(id);
    else this.expanded.delete(id);
    if (this.graph.hasNode(id)) this.relabel(id);
  }

  private relabel(id: string): void {
    const a = this.graph.getNodeAttributes(id);
    this.graph.setNodeAttribute(id, 'label', labelOf(String(a.baseLabel), Number(a.degree), this.expanded.has(id)));
  }

  /**
   * Un-expands `id` and drops the nodes that were only reachable through it: whatever a walk from
   * the other roots, not passing through `id`, no longer reaches. `id` itself stays.
   */
  collapse(id: string): string[] {
    this.markExpanded(id, false);
    const reached = new Set<string>([id]);
    const queue = [...this.roots].filter((r) => r !== id && this.graph.hasNode(r));
    for (const r of queue) reached.add(r);
    while (queue.length) {
      const node = queue.pop()!;
      this.graph.forEachNeighbor(node, (next) => {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      });
    }
    const removed = this.graph.filterNodes((node) => !reached.has(node));
    for (const node of removed) {
      this.graph.dropNode(node);
      this.expanded.delete(node);
      this.roots.delete(node);
    }
    return removed;
  }

  clear(): void {
    this.graph.clear();
    this.roots.clear();
    this.expanded.clear();
  }
}

/** Before a node is expanded its label carries how many relationships it has, e.g. "NATO (12)". */
export function labelOf(label: string, degree: number, expanded: boolean): string {
  return expanded || degree <= 0 ? label : `${label} (${degree})`;
}
