import type { GraphView, NodeType, Stance } from '../../../src/web/explorer/client/types.js';

/** mulberry32: the same seed draws the same view, so benchmark runs compare. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A view shaped like the real graph at scale: stakeholders holding positions (stance edges) on
 * terms, a few memberships and citations, and dates across 2025. `nodes` in total.
 */
export function syntheticView(nodes: number, seed = 42): GraphView {
  const rand = random(seed);
  const kinds: [NodeType, number][] = [['PERSON', 0.35], ['INSTITUTION', 0.15], ['TERM', 0.3], ['SOURCE', 0.15], ['EVENT', 0.05]];
  const view: GraphView = { nodes: [], edges: [], truncated: false };
  const byType = new Map<NodeType, string[]>();
  for (const [type, share] of kinds) {
    const ids: string[] = [];
    for (let i = 0; i < Math.round(nodes * share) && view.nodes.length < nodes; i++) {
      const id = `${type.toLowerCase()}:synthetic-${i}`;
      ids.push(id);
      view.nodes.push({ id, type, label: `${type.toLowerCase()} ${i}`, degree: 0, date: null });
    }
    byType.set(type, ids);
  }
  const pick = (type: NodeType) => {
    const ids = byType.get(type)!;
    return ids[Math.min(ids.length - 1, Math.floor(ids.length * rand() ** 2))]!;
  };
  const stances: Stance[] = ['PROPOSED', 'SUPPORTED', 'OPPOSED'];
  const date = () => `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const add = (source: string, target: string, type: string, stance: Stance | null) => {
    const id = `e${view.edges.length}`;
    view.edges.push({ id, source, target, type, stance, positionId: stance ? `pos:synthetic-${view.edges.length}` : null, date: stance ? date() : null });
  };
  for (let i = 0; i < nodes; i++) {
    const holder = rand() < 0.7 ? pick('PERSON') : pick('INSTITUTION');
    const stance = stances[Math.floor(rand() * 3)]!;
    add(holder, pick('TERM'), stance, stance);
  }
  for (let i = 0; i < nodes * 0.2; i++) add(pick('PERSON'), pick('INSTITUTION'), 'AFFILIATED_WITH', null);
  for (let i = 0; i < nodes * 0.2; i++) add(pick('EVENT'), pick('SOURCE'), 'CITES', null);
  // Every source is cited at least once, so nothing floats alone.
  for (const source of byType.get('SOURCE')!) add(pick('EVENT'), source, 'CITES', null);
  const degree = new Map<string, number>();
  for (const e of view.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const node of view.nodes) node.degree = degree.get(node.id) ?? 0;
  return view;
}
