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

/* Module-level: a regex literal allocates a RegExp each time it is evaluated, and these run per character or per sentence. */
const UNFINISHED_END = /[.!?:;"”’)\]]$/;
const LOWER_START = /^\s*\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;
const DIGIT = /\d/;
const LETTER_OR_DOT = /[\p{L}.]/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const LEADING_WORD = /^\p{L}+/u;
const TWO_LOWER = /^\p{Ll}{2,}$/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?]["”’)\]]*$/;
const CLAUSE_MARK = /[,;]/;

export function splitSentences(analysis: string, lines: readonly Line[], from: number, to: number, blockLines: Map<number, string>): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  let chunkStart = -1;
  let chunkEnd = -1;
  // flushChunk, then chunkStart = -1, where a closure did both: splitSentences runs once per
  // article, and V8 recompiled the closure for every article.
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const text = analysis.slice(line.start, line.end);
    if (text.trim() === '') {
      flushChunk(segments, analysis, chunkStart, chunkEnd, paragraph, lines);
      chunkStart = -1;
      paragraph++;
      continue;
    }
    const block = blockLines.get(i);
    if (block) {
      flushChunk(segments, analysis, chunkStart, chunkEnd, paragraph, lines);
      chunkStart = -1;
      paragraph++;
    } else if (chunkStart >= 0 && !softBreak(analysis.slice(chunkStart, chunkEnd), text)) {
      flushChunk(segments, analysis, chunkStart, chunkEnd, paragraph, lines);
      chunkStart = -1;
    }
    if (chunkStart < 0) chunkStart = line.start;
    chunkEnd = line.end;
    if (block === 'heading') {
      const before = segments.length;
      flushChunk(segments, analysis, chunkStart, chunkEnd, paragraph, lines);
      chunkStart = -1;
      for (let k = before; k < segments.length; k++) segments[k]!.heading = true;
      paragraph++;
    }
  }
  flushChunk(segments, analysis, chunkStart, chunkEnd, paragraph, lines);
  return segments;
}

/** The sentences of the chunk [chunkStart, chunkEnd), if there is one (chunkStart ≥ 0). */
function flushChunk(segments: Segment[], analysis: string, chunkStart: number, chunkEnd: number, paragraph: number, lines: readonly Line[]): void {
  if (chunkStart >= 0) for (const s of splitChunk(analysis, chunkStart, chunkEnd, paragraph, lines)) segments.push(s);
}

/** A line break inside a sentence: the line so far is long, unfinished, and the next starts lower-case. */
function softBreak(previous: string, next: string): boolean {
  const last = previous.slice(previous.lastIndexOf('\n') + 1).trimEnd();
  return last.length >= 40 && !UNFINISHED_END.test(last) && LOWER_START.test(next);
}

function splitChunk(a: string, start: number, end: number, paragraph: number, lines: readonly Line[]): Segment[] {
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    // Char codes, not a[i]: this loop visits every character of the article.
    const ch = a.charCodeAt(i);
    if (ch === 58 /* : */ && i + 1 < end && UPPER.test(a[i + 1]!) && LOWER.test(a[i - 1] ?? '')) {
      cuts.push(i + 1);
    } else if (ch === 46 /* . */ || ch === 33 /* ! */ || ch === 63 /* ? */) {
      let j = i + 1;
      while (j < end && '.!?…'.includes(a[j]!)) j++;
      while (j < end && CLOSERS.includes(a[j]!)) j++;
      if (boundary(a, i, j, end)) cuts.push(j);
      i = j - 1;
    }
  }
  const out: Segment[] = [];
  let s = start;
  for (const cut of cuts) {
    pushTrimmed(a, s, cut, paragraph, lines, out);
    s = cut;
  }
  pushTrimmed(a, s, end, paragraph, lines, out);
  return out;
}

function boundary(a: string, i: number, j: number, end: number): boolean {
  let k = j;
  while (k < end && spaceAt(a, k)) k++;
  if (k >= end) return true;
  const spaced = k > j;
  const next = a[k]!;
  if (a[i] !== '.') return spaced ? !LOWER.test(next) : UPPER.test(next);
  if (DIGIT.test(a[i - 1] ?? '') && DIGIT.test(a[i + 1] ?? '')) return false;
  let w = i;
  while (w > 0 && letterOrDotAt(a, w - 1)) w--;
  const word = a.slice(w, i);
  const doubled = j - i >= 2 && a[i + 1] === '.';
  if (INITIALS.test(word)) {
    // Initials and dotted acronyms: "U.S. envoys" goes on; "the U.S.. It" and "the U.S. It" end.
    const nextWord = LEADING_WORD.exec(a.slice(k, k + 20))?.[0] ?? '';
    return doubled || (spaced && STARTERS.has(nextWord));
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) return doubled;
  if (!spaced) return UPPER.test(next) && TWO_LOWER.test(word.slice(-2));
  return !LOWER.test(next);
}

/** /\s/ on one code unit, without the regex for ASCII. */
function spaceAt(a: string, i: number): boolean {
  const c = a.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(a[i]!);
}

/** /[\p{L}.]/u on one code unit, without the regex for ASCII. */
function letterOrDotAt(a: string, i: number): boolean {
  const c = a.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 : LETTER_OR_DOT.test(a[i]!);
}

function pushTrimmed(a: string, s: number, e: number, paragraph: number, lines: readonly Line[], out: Segment[]): void {
  while (s < e && spaceAt(a, s)) s++;
  while (e > s && spaceAt(a, e - 1)) e--;
  if (e <= s || !LETTER_OR_NUMBER.test(a.slice(s, e))) return;
  const text = a.slice(s, e);
  // A label needs a colon and a dateline a dash: most sentences have neither, and skip both regexes.
  let colon = false;
  let dash = false;
  for (let i = s; i < e; i++) {
    const c = a.charCodeAt(i);
    if (c === 58) colon = true;
    else if (c === 0x2014 || c === 0x2013) dash = true;
  }
  const label = (colon ? LABEL.exec(text) : null) ?? (dash ? DATELINE.exec(text) : null);
  if (label && label[0].length < text.length) {
    const labelEnd = s + label[0].trimEnd().length;
    out.push({ start: s, end: labelEnd, paragraph, line: locate(lines, s).line, heading: true });
    return pushTrimmed(a, labelEnd, e, paragraph, lines, out);
  }
  const heading = !SENTENCE_END.test(text) && text.length < 120 && wordCount(text) <= 12 && !CLAUSE_MARK.test(text);
  out.push({ start: s, end: e, paragraph, line: locate(lines, s).line, heading });
}

function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}
