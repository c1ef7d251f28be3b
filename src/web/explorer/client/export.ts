import type { AbstractGraph } from 'graphology-types';
import type { Visibility } from './filters.js';
import { type ExportEdge, type ExportNode, toGraphML } from './graphml.js';
import type { Renderer } from './renderer.js';

/** The view as it is on screen: filtered-out nodes and edges are not exported. */
export function visibleView(graph: AbstractGraph, visibility: Visibility): { nodes: ExportNode[]; edges: ExportEdge[] } {
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  graph.forEachNode((id, a) => {
    if (visibility.hiddenNodes.has(id)) return;
    nodes.push({ id, type: String(a.type), label: String(a.baseLabel), degree: Number(a.degree), date: (a.date as string) ?? null, x: Number(a.x), y: Number(a.y), color: String(a.color) });
  });
  graph.forEachEdge((id, a, source, target) => {
    if (visibility.hiddenEdges.has(id)) return;
    edges.push({ id, source, target, type: String(a.type), stance: (a.stance as string) ?? null, positionId: (a.positionId as string) ?? null, date: (a.date as string) ?? null });
  });
  return { nodes, edges };
}

export function graphMLBlob(view: { nodes: ExportNode[]; edges: ExportEdge[] }): Blob {
  return new Blob([toGraphML(view.nodes, view.edges)], { type: 'application/graphml+xml' });
}

export function jsonBlob(view: { nodes: ExportNode[]; edges: ExportEdge[] }): Blob {
  return new Blob([JSON.stringify({ format: 'stancegraph-view', version: 1, ...view }, null, 2)], { type: 'application/json' });
}

/**
 * Sigma v4 draws everything (nodes, edges, labels) on one WebGL canvas whose buffer is not kept
 * after compositing, so render synchronously and copy it in the same task, onto white.
 */
export function pngBlob(renderer: Renderer): Promise<Blob> {
  renderer.refresh();
  const stage = renderer.getStageCanvas();
  const out = document.createElement('canvas');
  out.width = stage.width;
  out.height = stage.height;
  const context = out.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(stage, 0, 0);
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
