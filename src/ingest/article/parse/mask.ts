import type { Link, Marker } from '../types.js';
import { type Line, locate } from './lines.js';
import { normaliseUrl } from './references.js';

/**
 * Builds the analysis text: a copy of the article, same length, where everything that is not prose
 * (front matter, metadata lines, the reference list, citation markers, URLs, Markdown syntax) is
 * blanked with spaces. Sentence splitting and NLP run on it, so their offsets are article offsets.
 */
export interface Masked {
  analysis: string;
  markers: Marker[];
  links: Link[];
  /** Body lines that are Markdown headings or list items: each starts a paragraph of its own. */
  blockLines: Map<number, 'heading' | 'item'>;
}

const MARKER = /\[\s*(\d{1,4}(?:\s*(?:[,;]|[–—-])\s*\d{1,4})*)\s*\](?!\()/g;
const MD_LINK = /\[([^\]\n]{1,300})\]\(([^)\s]+)\)/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
const URL = /\bhttps?:\/\/[^\s<>"“”\])]+/g;
const MAX_RANGE = 50;

export function mask(text: string, lines: readonly Line[], isBody: (lineIndex: number) => boolean): Masked {
  const blanks: [number, number][] = [];
  const markers: Marker[] = [];
  const links: Link[] = [];
  const blockLines = new Map<number, 'heading' | 'item'>();

  lines.forEach((line, index) => {
    if (!isBody(index)) return blanks.push([line.start, line.end]);
    const t = line.text;
    const lineLinks = links.length; // links of this line start here: overlap checks stay on the line
    const onLink = (start: number) => { for (let k = lineLinks; k < links.length; k++) if (links[k]!.start <= start && start < links[k]!.end) return true; return false; };
    let f = 0;
    while (f < t.length && (t[f] === ' ' || t[f] === '\t')) f++;
    const first = t[f] ?? '';
    const heading = first === '#' ? /^(\s*)(#{1,6})\s/.exec(t) : null;
    const item = first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9') ? /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/.exec(t) : null;
    const quote = first === '>' ? /^(\s*)>\s?/.exec(t) : null;
    if (heading) {
      blanks.push([line.start, line.start + heading[0].length]);
      blockLines.set(index, 'heading');
    } else if (item) {
      blanks.push([line.start, line.start + item[0].length]);
      blockLines.set(index, 'item');
    } else if (quote) {
      blanks.push([line.start, line.start + quote[0].length]);
    }
    const emphasis = t.includes('*') || t.includes('_');
    const bracket = t.includes('[');
    if (emphasis) for (const m of t.matchAll(/(^|[\s(])(\*{1,3}|_{1,3})(?=\S)/g)) blanks.push(at(line, m.index! + m[1]!.length, m[2]!.length));
    if (emphasis) for (const m of t.matchAll(/(?<=\S)(\*{1,3}|_{1,3})(?=$|[\s).,;:!?])/g)) blanks.push(at(line, m.index!, m[1]!.length));
    if (bracket) for (const m of t.matchAll(MD_LINK)) {
      const start = line.start + m.index!;
      links.push({ url: normaliseUrl(m[2]!), start, end: start + m[0].length });
      blanks.push([start, start + 1], [start + 1 + m[1]!.length, start + m[0].length]);
    }
    if (t.includes('<')) for (const m of t.matchAll(AUTOLINK)) {
      const start = line.start + m.index!;
      links.push({ url: normaliseUrl(m[1]!), start, end: start + m[0].length });
      blanks.push([start, start + m[0].length]);
    }
    if (t.includes('://')) for (const m of t.matchAll(URL)) {
      const start = line.start + m.index!;
      if (onLink(start)) continue;
      links.push({ url: normaliseUrl(m[0]), start, end: start + m[0].length });
      blanks.push([start, start + m[0].length]);
    }
    if (bracket) for (const m of t.matchAll(MARKER)) {
      const start = line.start + m.index!;
      if (onLink(start)) continue;
      markers.push({ numbers: expand(m[1]!), start, end: start + m[0].length, ...locate(lines, start) });
      blanks.push([start, start + m[0].length]);
    }
  });
  return { analysis: blank(text, blanks), markers: markers.sort((a, b) => a.start - b.start), links, blockLines };
}

const at = (line: Line, column: number, length: number): [number, number] => [line.start + column, line.start + column + length];

/** "1, 2, 4–6" → [1, 2, 4, 5, 6]. */
function expand(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*[,;]\s*/)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      for (let n = a; n <= b && n - a < MAX_RANGE; n++) out.push(n);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
  }
  return [...new Set(out)];
}

function blank(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s, pos);
    if (e <= start) continue;
    parts.push(text.slice(pos, start), text.slice(start, e).replace(/[^\n\r]/g, ' '));
    pos = e;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
