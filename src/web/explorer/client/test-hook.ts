import type { Controller } from './controller.js';
import type { GraphView } from './types.js';

/**
 * `window.__explorer`: a read-mostly handle for the end-to-end tests and the benchmark. It goes
 * through the same controller as the UI; `loadView` only replaces what this tab shows.
 */
export interface ExplorerHook {
  stats(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number; layoutRunning: boolean; layoutIterations: number; highlighted: number };
  loadView(view: GraphView): Promise<{ submittedMs: number; drawnMs: number }>;
  /** Where a node is drawn, in CSS pixels from the page's top-left, so a test can click it. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Where the middle of an edge is drawn. */
  edgeMidpoint(id: string): { x: number; y: number } | null;
  nodeIds(): string[];
  edgeIds(): string[];
  nodeAttributes(id: string): Record<string, unknown> | null;
  edgeAttributes(id: string): Record<string, unknown>;
  /** Ids and attributes of the edges the filters leave visible. */
  visibleEdges(): Record<string, unknown>[];
  /** How many pixels of a downscaled copy of the WebGL canvas are drawn on: 0 means nothing rendered. */
  paintedPixels(): number;
  /** Milliseconds one full frame takes: re-process, render, and wait for the GPU to finish it. */
  timeFrame(): number;
  /** Resolves after sigma's next frame, with the time waited. */
  nextRender(): Promise<number>;
  stopLayout(): void;
}

declare global {
  interface Window {
    __explorer?: ExplorerHook;
  }
}

export function installTestHook(controller: Controller): void {
  const graph = controller.store.graph;
  const renderer = controller.renderer;
  const onPage = (id: string) => {
    if (!graph.hasNode(id)) return null;
    const a = graph.getNodeAttributes(id);
    const viewport = renderer.graphToViewport({ x: Number(a.x), y: Number(a.y) });
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + viewport.x, y: box.top + viewport.y };
  };
  window.__explorer = {
    stats: () => ({
      nodes: graph.order,
      edges: graph.size,
      visibleNodes: graph.order - controller.visibility.hiddenNodes.size,
      visibleEdges: graph.size - controller.visibility.hiddenEdges.size,
      layoutRunning: controller.layout.running,
      layoutIterations: controller.layout.iterations,
      highlighted: controller.path.nodes.size,
    }),
    loadView: (view) => controller.loadView(view),
    nodePosition: onPage,
    edgeMidpoint: (id) => {
      if (!graph.hasEdge(id)) return null;
      const a = onPage(graph.source(id));
      const b = onPage(graph.target(id));
      return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
    },
    nodeIds: () => graph.nodes(),
    edgeIds: () => graph.edges(),
    nodeAttributes: (id) => (graph.hasNode(id) ? { ...graph.getNodeAttributes(id) } : null),
    edgeAttributes: (id) => ({ ...graph.getEdgeAttributes(id), id, source: graph.source(id), target: graph.target(id) }),
    visibleEdges: () => graph.filterEdges((id) => !controller.visibility.hiddenEdges.has(id)).map((id) => ({ ...graph.getEdgeAttributes(id), id, source: graph.source(id), target: graph.target(id) })),
    paintedPixels: () => {
      renderer.refresh();
      const stage = renderer.getStageCanvas();
      const copy = document.createElement('canvas');
      copy.width = 240;
      copy.height = Math.max(1, Math.round((240 * stage.height) / Math.max(1, stage.width)));
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(stage, 0, 0, copy.width, copy.height);
      const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return painted;
    },
    timeFrame: () => {
      const started = performance.now();
      renderer.refresh();
      const gl = renderer.getWebGLContext();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      return performance.now() - started;
    },
    nextRender: () => {
      const started = performance.now();
      return new Promise((resolve) => renderer.once('afterRender', () => resolve(performance.now() - started)));
    },
    stopLayout: () => controller.layout.stop(),
  };
}
