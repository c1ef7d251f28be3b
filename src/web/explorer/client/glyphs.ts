import { NODE_LOOK, type NodeTypeLook } from './legend-data.js';
import type { NodeType } from './types.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, String(v));
  return element;
}

function polygon(sides: number, radius: number, rotation: number): string {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / sides;
    return `${(8 + radius * Math.cos(a)).toFixed(2)},${(8 + radius * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
}

function shapeElement(look: NodeTypeLook): SVGElement {
  const fill = look.color;
  switch (look.shape) {
    case 'circle':
      return svg('circle', { cx: 8, cy: 8, r: 6, fill });
    case 'ring':
      return svg('circle', { cx: 8, cy: 8, r: 4.5, fill: 'none', stroke: fill, 'stroke-width': 3 });
    case 'square':
      return svg('rect', { x: 2.5, y: 2.5, width: 11, height: 11, fill });
    case 'rectangle':
      return svg('rect', { x: 4, y: 1.5, width: 8, height: 13, fill });
    case 'diamond':
      return svg('polygon', { points: polygon(4, 7, -Math.PI / 2), fill });
    case 'triangle':
      return svg('polygon', { points: polygon(3, 7, -Math.PI / 2), fill });
    case 'hexagon':
      return svg('polygon', { points: polygon(6, 7, 0), fill });
    case 'pentagon':
      return svg('polygon', { points: polygon(5, 7, -Math.PI / 2), fill });
  }
}

/** The legend's picture of a node type: the same shape and colour the graph draws. */
export function nodeGlyph(type: NodeType): SVGElement {
  const root = svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'glyph' });
  root.append(shapeElement(NODE_LOOK[type]));
  return root;
}

/** The legend's picture of a relationship: a short arrow in the edge's colour. */
export function edgeGlyph(color: string): SVGElement {
  const root = svg('svg', { width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true', class: 'glyph' });
  root.append(svg('line', { x1: 1, y1: 8, x2: 15, y2: 8, stroke: color, 'stroke-width': 3 }), svg('polygon', { points: '14,3 21,8 14,13', fill: color }));
  return root;
}
