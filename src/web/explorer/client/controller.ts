import * as api from './api.js';
import type { FilterPanel } from './filter-panel.js';
import { computeVisibility, dateBounds, type Visibility } from './filters.js';
import { frameDrawn } from './frame-drawn.js';
import { ExplorerGraph } from './graph-store.js';
import { LayoutRunner } from './layout.js';
import type { SidePanel } from './panel.js';
import { PathHighlight } from './path-highlight.js';
import type { PathPanel } from './path-panel.js';
import { type Renderer, createRenderer } from './renderer.js';
import type { GraphView, NodeType, Stance } from './types.js';
import { syncVisibility } from './visibility-sync.js';

export interface ControllerParts {
  container: HTMLElement;
  workerUrl: string;
  status: (message: string, isError?: boolean) => void;
  /** The server asked for an API key: show where to enter it. */
  onAuthRequired: () => void;
}

/**
 * The explorer's state and every operation on it; the UI pieces only call these methods. After a
 * change of nodes or edges, `changed()` re-applies the filters and restarts the layout.
 */
export class Controller {
  readonly store = new ExplorerGraph();
  readonly renderer: Renderer;
  readonly layout: LayoutRunner;
  readonly path: PathHighlight;
  filters!: FilterPanel;
  panel!: SidePanel;
  pathPanel!: PathPanel;
  visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };
  selected: string | null = null;
  private pending = 0;

  constructor(private readonly parts: ControllerParts) {
    this.renderer = createRenderer(this.store.graph, parts.container);
    this.layout = new LayoutRunner(this.store.graph, parts.workerUrl, () => frameDrawn(this.renderer));
    this.path = new PathHighlight(this.store.graph, this.renderer);
    parts.container.setAttribute('data-pending', '0');
  }

  /** Runs one API call with a status line, and counts calls in flight on data-pending. */
  private async load<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    this.parts.container.setAttribute('data-pending', String(++this.pending));
    this.parts.status(`Loading ${what}…`);
    try {
      const result = await work();
      this.parts.status('');
      return result;
    } catch (error) {
      this.parts.status(`Could not load ${what}: ${(error as Error).message}`, true);
      if (error instanceof api.AuthRequiredError) this.parts.onAuthRequired();
      return undefined;
    } finally {
      this.parts.container.setAttribute('data-pending', String(--this.pending));
    }
  }

  private merge(view: GraphView, anchor?: string): void {
    this.store.merge(view, anchor);
    if (view.truncated) this.parts.status(`Showing the first ${view.nodes.length} neighbours: the API cut this neighbourhood short.`);
  }

  /** Search pick, deep link, a link in the panel: the node comes into view with its neighbourhood. */
  async open(id: string): Promise<void> {
    const view = await this.load('the neighbourhood', () => api.neighborhood(id));
    if (!view) return;
    this.merge(view, this.selected ?? undefined);
    if (!this.store.graph.hasNode(id)) return this.parts.status(`Nothing found for ${id}`, true);
    this.store.roots.add(id);
    this.store.markExpanded(id, true);
    this.changed();
    history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
    await this.select(id);
  }

  async expand(id: string): Promise<void> {
    if (this.store.expanded.has(id)) return;
    const view = await this.load('the neighbourhood', () => api.neighborhood(id));
    if (!view || !this.store.graph.hasNode(id)) return;
    this.merge(view, id);
    this.store.markExpanded(id, true);
    this.panel.syncExpanded(id);
    this.changed();
  }

  collapse(id: string): void {
    if (!this.store.graph.hasNode(id)) return;
    this.store.collapse(id);
    this.path.prune();
    if (this.selected && !this.store.graph.hasNode(this.selected)) this.selected = null;
    this.panel.syncExpanded(id);
    this.changed();
  }

  async toggleExpanded(id: string): Promise<void> {
    if (this.store.expanded.has(id)) this.collapse(id);
    else await this.expand(id);
  }

  async select(id: string): Promise<void> {
    if (this.selected && this.store.graph.hasNode(this.selected)) this.renderer.setNodeState(this.selected, { isSelected: false });
    this.selected = id;
    if (this.store.graph.hasNode(id)) this.renderer.setNodeState(id, { isSelected: true });
    this.panel.loading('details');
    const details = await this.load('details', () => api.nodeDetails(id));
    if (this.selected !== id) return; // another click came first
    if (!details) return this.panel.error(`No details for ${id}.`);
    const type = this.store.graph.hasNode(id) ? (this.store.graph.getNodeAttribute(id, 'type') as NodeType) : undefined;
    this.panel.node(details, type);
  }

  /** A stance edge stands for a position: show it with its sources. Other edges show what they link. */
  async selectEdge(edge: string): Promise<void> {
    const graph = this.store.graph;
    const a = graph.getEdgeAttributes(edge);
    const label = (node: string) => String(graph.getNodeAttribute(node, 'baseLabel'));
    if (!a.positionId) return this.panel.relationship(String(a.type), (a.stance as Stance) ?? null, label(graph.source(edge)), label(graph.target(edge)), (a.date as string) ?? null);
    this.panel.loading('the position');
    const details = await this.load('the position', () => api.nodeDetails(String(a.positionId)));
    if (details) this.panel.node(details, 'POSITION');
  }

  async findPath(fromId: string, toId: string): Promise<void> {
    const path = await this.load('the shortest path', () => api.shortestPath(fromId, toId));
    if (path === undefined) return;
    if (path) {
      this.merge(path, fromId);
      for (const end of [fromId, toId]) if (this.store.graph.hasNode(end)) this.store.roots.add(end);
      this.path.show(path.nodes.map((n) => n.id), path.edges.map((e) => e.id));
      this.changed();
    } else this.clearPath();
    this.pathPanel.showPath(path, (id) => (this.store.graph.hasNode(id) ? String(this.store.graph.getNodeAttribute(id, 'baseLabel')) : id));
  }

  clearPath(): void {
    this.path.clear();
    this.pathPanel.clearResult();
    this.refresh();
  }

  /**
   * Replaces the view with `view` (tests, benchmark); resolves once it has been drawn with how long
   * that took: `submittedMs` when sigma handed the frame to WebGL, `drawnMs` when the GPU finished
   * it (a one-pixel read-back waits for that).
   */
  loadView(view: GraphView): Promise<{ submittedMs: number; drawnMs: number }> {
    const started = performance.now();
    this.clear();
    this.store.merge(view);
    for (const node of view.nodes.slice(0, 1)) this.store.roots.add(node.id);
    this.changed();
    return new Promise((resolve) =>
      this.renderer.once('afterRender', () => {
        const submittedMs = performance.now() - started;
        const gl = this.renderer.getWebGLContext();
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        resolve({ submittedMs, drawnMs: performance.now() - started });
      }),
    );
  }

  clear(): void {
    this.layout.stop();
    this.path.clear();
    this.pathPanel.clearResult();
    this.store.clear();
    this.selected = null;
    this.panel.clear();
    this.changed();
  }

  /** After nodes or edges came or went: slider bounds, filters, then the layout from where things are. */
  private changed(): void {
    this.filters.setBounds(dateBounds(this.store.graph));
    this.refresh();
    this.layout.restart(this.store.graph.order > 2_000 ? 15_000 : 6_000);
  }

  /** Re-applies the filters; nothing is fetched and nothing moves. */
  refresh(): void {
    const keep = new Set([...this.store.roots, ...this.path.nodes]);
    const visibility = computeVisibility(this.store.graph, this.filters.state, keep);
    for (const n of this.path.nodes) visibility.hiddenNodes.delete(n);
    for (const e of this.path.edges) visibility.hiddenEdges.delete(e);
    this.visibility = visibility;
    syncVisibility(this.store.graph, this.renderer, visibility, this.parts.container);
  }
}
