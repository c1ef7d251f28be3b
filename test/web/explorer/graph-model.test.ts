import { describe, expect, it } from 'vitest';
import { spanOf } from '../../../src/web/explorer/client/dates.js';
import { computeVisibility, dateBounds, defaultFilters } from '../../../src/web/explorer/client/filters.js';
import { ExplorerGraph } from '../../../src/web/explorer/client/graph-store.js';
import type { GraphView, NodeType } from '../../../src/web/explorer/client/types.js';

const node = (id: string, type: NodeType = 'PERSON', degree = 1) => ({ id, type, label: id.toUpperCase(), degree, date: null });
const edge = (source: string, target: string, stance: GraphView['edges'][number]['stance'] = null, date: string | null = null) => ({
  id: `${source}>${target}`,
  source,
  target,
  type: stance ?? 'MEMBER_OF',
  stance,
  positionId: stance ? `pos:${source}-${target}` : null,
  date,
});

// The explorer's model runs in Node as well as in the browser: no DOM in these modules.
describe('explorer graph model', () => {
  it('labels unexpanded nodes with their relationship count, and drops it once expanded', () => {
    const store = new ExplorerGraph();
    store.merge({ nodes: [node('a', 'PERSON', 12), node('b', 'TERM', 0)], edges: [edge('a', 'b', 'SUPPORTED')] });
    expect(store.graph.getNodeAttribute('a', 'label')).toBe('A (12)');
    expect(store.graph.getNodeAttribute('b', 'label')).toBe('B');
    store.markExpanded('a', true);
    expect(store.graph.getNodeAttribute('a', 'label')).toBe('A');
  });

  it('collapsing removes only what is no longer reachable from the other opened nodes', () => {
    const store = new ExplorerGraph();
    // root r was opened; r's neighbourhood brought x and y; expanding x brought p (x only) and q (also next to y).
    store.merge({ nodes: [node('r'), node('x'), node('y')], edges: [edge('r', 'x'), edge('r', 'y')] });
    store.roots.add('r');
    store.markExpanded('r', true);
    store.merge({ nodes: [node('x'), node('p'), node('q')], edges: [edge('x', 'p'), edge('x', 'q'), edge('y', 'q')] }, 'x');
    store.markExpanded('x', true);
    expect(store.collapse('x').sort()).toEqual(['p']);
    expect(store.graph.nodes().sort()).toEqual(['q', 'r', 'x', 'y']);
    expect(store.expanded.has('x')).toBe(false);
    // Collapsing the only root keeps it and drops everything that hung from it.
    expect(store.collapse('r').sort()).toEqual(['q', 'x', 'y']);
    expect(store.graph.nodes()).toEqual(['r']);
  });

  it('merging is idempotent and keeps parallel positions as separate edges', () => {
    const store = new ExplorerGraph();
    const view: GraphView = { nodes: [node('h'), node('t', 'TERM')], edges: [edge('h', 't', 'OPPOSED'), { ...edge('h', 't', 'SUPPORTED'), id: 'second' }] };
    store.merge(view);
    expect(store.merge(view)).toEqual([]);
    expect(store.graph.size).toBe(2);
  });

  it('reads dates at their precision', () => {
    expect(spanOf('2025-12')).toEqual(spanOf('2025-12-01/2025-12-31'));
    expect(spanOf('2025')!.to - spanOf('2025')!.from).toBe(364);
    expect(spanOf('2025-11-20/2025-12-08')).toEqual({ from: spanOf('2025-11-20')!.from, to: spanOf('2025-12-08')!.to });
    expect(spanOf(null)).toBeNull();
    expect(spanOf('no date')).toBeNull();
  });

  it('filters by stance, type and date, hiding nodes left without edges but never opened ones', () => {
    const store = new ExplorerGraph();
    store.merge({
      nodes: [node('h'), node('t1', 'TERM'), node('t2', 'TERM'), node('i', 'INSTITUTION'), node('s', 'SOURCE')],
      edges: [edge('h', 't1', 'OPPOSED', '2025-11'), edge('h', 't2', 'SUPPORTED', '2025-12-08'), edge('h', 'i'), edge('s', 'i')],
    });
    const filters = defaultFilters();
    expect(computeVisibility(store.graph, filters, new Set()).hiddenEdges.size).toBe(0);

    filters.stances.delete('SUPPORTED');
    let v = computeVisibility(store.graph, filters, new Set(['h']));
    expect([...v.hiddenEdges]).toEqual(['h>t2']);
    expect([...v.hiddenNodes]).toEqual(['t2']);

    filters.types.delete('INSTITUTION');
    v = computeVisibility(store.graph, filters, new Set(['h']));
    expect([...v.hiddenNodes].sort()).toEqual(['i', 's', 't2']); // s only linked to i

    const bounds = dateBounds(store.graph)!;
    filters.stances.add('SUPPORTED');
    filters.types.add('INSTITUTION');
    filters.from = spanOf('2025-12-01')!.from;
    expect(bounds.min).toBeLessThan(filters.from);
    v = computeVisibility(store.graph, filters, new Set(['h']));
    expect([...v.hiddenEdges]).toEqual(['h>t1']); // November is before the range; undated edges stay
  });
});
