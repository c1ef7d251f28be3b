/**
 * GraphML for Gephi, yEd, Cytoscape and the like, written by hand: the format is small and a
 * library would be larger than this file. Every value goes through `xml()`.
 */
export interface ExportNode {
  id: string;
  type: string;
  label: string;
  degree: number;
  date: string | null;
  x: number;
  y: number;
  color: string;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  stance: string | null;
  positionId: string | null;
  date: string | null;
}

/** Escapes text for XML content and attributes, and drops characters XML 1.0 cannot carry. */
export function xml(value: unknown): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['degree', 'int'],
  ['date', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['color', 'string'],
] as const;
const EDGE_KEYS = [
  ['type', 'string'],
  ['stance', 'string'],
  ['positionId', 'string'],
  ['date', 'string'],
] as const;

function data(prefix: string, key: string, value: unknown): string {
  return value === null || value === undefined ? '' : `<data key="${prefix}_${key}">${xml(value)}</data>`;
}

export function toGraphML(nodes: ExportNode[], edges: ExportEdge[]): string {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const nodeLines = nodes.map((n) => `    <node id="${xml(n.id)}">${NODE_KEYS.map(([k]) => data('n', k, n[k])).join('')}</node>`);
  const edgeLines = edges.map((e) => `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${EDGE_KEYS.map(([k]) => data('e', k, e[k])).join('')}</edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="stancegraph" edgedefault="directed">',
    ...nodeLines,
    ...edgeLines,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
