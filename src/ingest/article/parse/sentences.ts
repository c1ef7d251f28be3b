import type { Line } from './lines.js';
import { locate } from './lines.js';

/**
 * Splits the analysis text into sentences. Besides ordinary boundaries it handles what the seed
 * does: sections glued together without a space ("controversial.U.S.-Brokered", "stances:Core"),
 * lead-in labels ("NATO Stance: The strategy…"), dotted acronyms ("U.S. envoys" vs "the U.S.."),
 * and hard-wrapped lines (a break is soft only inside a long line followed by a lower-case one).
 */
export interface Segment {
  start: number;
  end: number;
  paragraph: number;
  line: number;
  heading: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'prof', 'jr', 'sr', 'mt', 'ft',
  'no', 'nos', 'vs', 'inc', 'corp', 'ltd', 'co', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al', 'p', 'pp',
]);
const STARTERS = new Set(['The', 'This', 'That', 'These', 'It', 'He', 'She', 'They', 'We', 'But', 'And', 'In', 'On', 'At', 'A', 'An', 'As', 'After', 'Before', 'Following', 'However', 'Meanwhile', 'Its', 'Their', 'His', 'Her', 'Some', 'Both']);
const CLOSERS = '"”’\')]';
const LABEL = /^(\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.’'&-]*|and|of|the|on|in|for|to|&)){0,5}):\s+(?=[\p{Lu}"“])/u;
const DATELINE = /^\p{Lu}{3,}(?:[\s,.'’-]+\p{Lu}[\p{L}.]*){0,4}\s+[—–]\s+/u;

export function splitSentences(analysis: string, lines: readonly Line[], from: number, to: number, blockLines: Map<number, string>): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  let chunkStart = -1;
  let chunkEnd = -1;
  const flush = () => {
    if (chunkStart >= 0) segments.push(...splitChunk(analysis, chunkStart, chunkEnd, paragraph, lines));
    chunkStart = -1;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const text = analysis.slice(line.start, line.end);
    if (text.trim() === '') {
      flush();
      paragraph++;
      continue;
    }
    const block = blockLines.get(i);
    if (block) {
      flush();
      paragraph++;
    } else if (chunkStart >= 0 && !softBreak(analysis.slice(chunkStart, chunkEnd), text)) {
      flush();
    }
    if (chunkStart < 0) chunkStart = line.start;
    chunkEnd = line.end;
    if (block === 'heading') {
      const before = segments.length;
      flush();
      for (let k = before; k < segments.length; k++) segments[k]!.heading = true;
      paragraph++;
    }
  }
  flush();
  return segments;
}

/** A line break inside a sentence: the line so far is long, unfinished, and the next starts lower-case. */
function softBreak(previous: string, next: string): boolean {
  const last = previous.slice(previous.lastIndexOf('\n') + 1).trimEnd();
  return last.length >= 40 && !/[.!?:;"”’)\]]$/.test(last) && /^\s*\p{Ll}/u.test(next);
}

function splitChunk(a: string, start: number, end: number, paragraph: number, lines: readonly Line[]): Segment[] {
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = a[i]!;
    if (ch === ':' && i + 1 < end && /\p{Lu}/u.test(a[i + 1]!) && /\p{Ll}/u.test(a[i - 1] ?? '')) {
      cuts.push(i + 1);
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < end && '.!?…'.includes(a[j]!)) j++;
      while (j < end && CLOSERS.includes(a[j]!)) j++;
      if (boundary(a, i, j, end)) cuts.push(j);
      i = j - 1;
    }
  }
  const out: Segment[] = [];
  let s = start;
  for (const cut of [...cuts, end]) {
    pushTrimmed(a, s, cut, paragraph, lines, out);
    s = cut;
  }
  return out;
}

function boundary(a: string, i: number, j: number, end: number): boolean {
  let k = j;
  while (k < end && /\s/.test(a[k]!)) k++;
  if (k >= end) return true;
  const spaced = k > j;
  const next = a[k]!;
  if (a[i] !== '.') return spaced ? !/\p{Ll}/u.test(next) : /\p{Lu}/u.test(next);
  if (/\d/.test(a[i - 1] ?? '') && /\d/.test(a[i + 1] ?? '')) return false;
  let w = i;
  while (w > 0 && /[\p{L}.]/u.test(a[w - 1]!)) w--;
  const word = a.slice(w, i);
  const doubled = j - i >= 2 && a[i + 1] === '.';
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    // Initials and dotted acronyms: "U.S. envoys" goes on; "the U.S.. It" and "the U.S. It" end.
    const nextWord = /^\p{L}+/u.exec(a.slice(k, k + 20))?.[0] ?? '';
    return doubled || (spaced && STARTERS.has(nextWord));
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) return doubled;
  if (!spaced) return /\p{Lu}/u.test(next) && /^\p{Ll}{2,}$/u.test(word.slice(-2));
  return !/\p{Ll}/u.test(next);
}

function pushTrimmed(a: string, s: number, e: number, paragraph: number, lines: readonly Line[], out: Segment[]): void {
  while (s < e && /\s/.test(a[s]!)) s++;
  while (e > s && /\s/.test(a[e - 1]!)) e--;
  if (e <= s || !/[\p{L}\p{N}]/u.test(a.slice(s, e))) return;
  const text = a.slice(s, e);
  const label = LABEL.exec(text) ?? DATELINE.exec(text);
  if (label && label[0].length < text.length) {
    const labelEnd = s + label[0].trimEnd().length;
    out.push({ start: s, end: labelEnd, paragraph, line: locate(lines, s).line, heading: true });
    return pushTrimmed(a, labelEnd, e, paragraph, lines, out);
  }
  const heading = !/[.!?]["”’)\]]*$/.test(text) && text.length < 120 && wordCount(text) <= 12 && !/[,;]/.test(text);
  out.push({ start: s, end: e, paragraph, line: locate(lines, s).line, heading });
}

function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}
