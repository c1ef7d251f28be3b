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
const ONE_NUMBER = /^\d+$/;
const LINE_BREAK = /[\n\r]/;

const HEADING = /^(\s*)(#{1,6})\s/;
const ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE = /^(\s*)>\s?/;
const EMPHASIS_OPEN = /(^|[\s(])(\*{1,3}|_{1,3})(?=\S)/g;
const EMPHASIS_CLOSE = /(?<=\S)(\*{1,3}|_{1,3})(?=$|[\s).,;:!?])/g;

/** What masking collects over the lines of an article. */
interface Collected {
  blanks: [number, number][];
  markers: Marker[];
  links: Link[];
  blockLines: Map<number, 'heading' | 'item'>;
}

export function mask(text: string, lines: readonly Line[], isBody: (lineIndex: number) => boolean): Masked {
  const c: Collected = { blanks: [], markers: [], links: [], blockLines: new Map() };
  // A module-level function per line rather than a closure made on every call: V8 keeps the
  // optimised code of a long-lived function from one article to the next, and recompiled the
  // closure for every article.
  for (let index = 0; index < lines.length; index++) maskLine(lines, index, isBody(index), c);
  return { analysis: blank(text, c.blanks), markers: c.markers.sort((a, b) => a.start - b.start), links: c.links, blockLines: c.blockLines };
}

/** Does a link found on this line (links from `from` on) cover `start`? */
function onLink(links: readonly Link[], from: number, start: number): boolean {
  for (let k = from; k < links.length; k++) if (links[k]!.start <= start && start < links[k]!.end) return true;
  return false;
}

function maskLine(lines: readonly Line[], index: number, body: boolean, c: Collected): void {
  const { blanks, markers, links, blockLines } = c;
  const line = lines[index]!;
  if (!body) {
    blanks.push([line.start, line.end]);
    return;
  }
  const t = line.text;
  const lineLinks = links.length; // links of this line start here: overlap checks stay on the line
  let f = 0;
  while (f < t.length && (t[f] === ' ' || t[f] === '\t')) f++;
  const first = t[f] ?? '';
  const heading = first === '#' ? HEADING.exec(t) : null;
  const item = first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9') ? ITEM.exec(t) : null;
  const quote = first === '>' ? QUOTE.exec(t) : null;
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
  if (emphasis) for (const m of t.matchAll(EMPHASIS_OPEN)) blanks.push(at(line, m.index! + m[1]!.length, m[2]!.length));
  if (emphasis) for (const m of t.matchAll(EMPHASIS_CLOSE)) blanks.push(at(line, m.index!, m[1]!.length));
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
    if (onLink(links, lineLinks, start)) continue;
    links.push({ url: normaliseUrl(m[0]), start, end: start + m[0].length });
    blanks.push([start, start + m[0].length]);
  }
  if (bracket) for (const m of t.matchAll(MARKER)) {
    const start = line.start + m.index!;
    if (onLink(links, lineLinks, start)) continue;
    // One literal shape (no spread of locate's result): markers are temporary, and a shape built by
    // spreading is made anew for every article.
    const where = locate(lines, start);
    markers.push({ numbers: expand(m[1]!), start, end: start + m[0].length, line: where.line, column: where.column });
    blanks.push([start, start + m[0].length]);
  }
}

const at = (line: Line, column: number, length: number): [number, number] => [line.start + column, line.start + column + length];

/** "1, 2, 4–6" → [1, 2, 4, 5, 6]. */
function expand(list: string): number[] {
  // Most markers cite one number ("[3]").
  if (ONE_NUMBER.test(list)) return [Number(list)];
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

/** Runs of spaces, short ones shared (most blanked ranges are citation markers such as "[3]"). */
const SHORT_SPACES = Array.from({ length: 64 }, (_, n) => ' '.repeat(n));
const spaces = (n: number) => SHORT_SPACES[n] ?? ' '.repeat(n);

function blank(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s, pos);
    if (e <= start) continue;
    // Blank every code unit but line breaks; a range without any (most of them) is a run of spaces.
    const range = text.slice(start, e);
    parts.push(text.slice(pos, start), LINE_BREAK.test(range) ? range.replace(/[^\n\r]/g, ' ') : spaces(range.length));
    pos = e;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
