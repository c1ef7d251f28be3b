import type { AbstractGraph } from 'graphology-types';
import type { Renderer } from './renderer.js';

/**
 * The nodes and edges of the shortest path on screen. They are highlighted (sigma state), the rest
 * fades (graph state `pathActive`), and filters never hide them: the path was asked for.
 */
export class PathHighlight {
  readonly nodes = new Set<string>();
  readonly edges = new Set<string>();

  constructor(
    private readonly graph: AbstractGraph,
    private readonly renderer: Renderer,
  ) {}

  show(nodes: string[], edges: string[]): void {
    this.clear();
    nodes.forEach((n) => this.nodes.add(n));
    edges.forEach((e) => this.edges.add(e));
    this.setStates(true);
    this.renderer.setGraphState({ pathActive: true });
  }

  clear(): void {
    this.setStates(false);
    this.renderer.setGraphState({ pathActive: false });
    this.nodes.clear();
    this.edges.clear();
  }

  /** After a collapse: forget path members that left the view. */
  prune(): void {
    for (const n of this.nodes) if (!this.graph.hasNode(n)) this.nodes.delete(n);
    for (const e of this.edges) if (!this.graph.hasEdge(e)) this.edges.delete(e);
  }

  private setStates(isHighlighted: boolean): void {
    this.renderer.setNodesState([...this.nodes].filter((n) => this.graph.hasNode(n)), { isHighlighted });
    this.renderer.setEdgesState([...this.edges].filter((e) => this.graph.hasEdge(e)), { isHighlighted });
  }
}
