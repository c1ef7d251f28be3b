import type { Controller } from './controller.js';

/**
 * Mouse on the graph. A click selects a node at once and expands it shortly after, unless a second
 * click makes it a double-click, which collapses instead (and does not zoom, sigma's default).
 * Clicking an edge shows the position behind it.
 */
export function bindGraphEvents(controller: Controller, doubleClickMs = 300): void {
  const renderer = controller.renderer;
  let pendingExpand = 0;

  renderer.on('clickNode', ({ node }) => {
    void controller.select(node);
    window.clearTimeout(pendingExpand);
    pendingExpand = window.setTimeout(() => void controller.expand(node), doubleClickMs);
  });
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    window.clearTimeout(pendingExpand);
    controller.collapse(node);
  });
  renderer.on('clickEdge', ({ edge }) => void controller.selectEdge(edge));
  renderer.on('enterNode', () => renderer.getContainer().classList.add('pointing'));
  renderer.on('leaveNode', () => renderer.getContainer().classList.remove('pointing'));
  renderer.on('enterEdge', () => renderer.getContainer().classList.add('pointing'));
  renderer.on('leaveEdge', () => renderer.getContainer().classList.remove('pointing'));
}
