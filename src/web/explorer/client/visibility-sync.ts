import type { AbstractGraph } from 'graphology-types';
import type { Visibility } from './filters.js';
import type { Renderer } from './renderer.js';

/**
 * Hands the filters' decision to sigma as `isHidden` states (the view updates without touching
 * the graph or the layout) and publishes the counts on the container's data- attributes, where
 * the end-to-end tests and anything else outside the bundle can read them.
 */
export function syncVisibility(graph: AbstractGraph, renderer: Renderer, visibility: Visibility, container: HTMLElement): void {
  const nodes = graph.nodes();
  const edges = graph.edges();
  renderer.setNodesState(nodes.filter((n) => visibility.hiddenNodes.has(n)), { isHidden: true });
  renderer.setNodesState(nodes.filter((n) => !visibility.hiddenNodes.has(n)), { isHidden: false });
  renderer.setEdgesState(edges.filter((e) => visibility.hiddenEdges.has(e)), { isHidden: true });
  renderer.setEdgesState(edges.filter((e) => !visibility.hiddenEdges.has(e)), { isHidden: false });
  container.setAttribute('data-nodes', String(graph.order));
  container.setAttribute('data-edges', String(graph.size));
  container.setAttribute('data-visible-nodes', String(graph.order - visibility.hiddenNodes.size));
  container.setAttribute('data-visible-edges', String(graph.size - visibility.hiddenEdges.size));
}
