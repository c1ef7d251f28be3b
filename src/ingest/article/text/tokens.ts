import { boundedMemo } from './memo.js';

/**
 * A small, fast tokenizer for English news text. compromise was measured at about 0.14 MB/s on the
 * seed article, far below the 1 MB/s budget, so the hot path uses this hand-written scanner instead.
 * Tokens: dotted acronyms (U.S., U.S.-led) and abbreviations (p.m., e.g.), words with inner hyphens or apostrophes (Copa-Cogeca,
 * al-Harthy), numbers with money and percent signs ($5,000, 24%, 3.67), possessives ('s, s') and
 * single symbols.
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct' | 'poss';
  /** First character is an upper-case letter. */
  cap: boolean;
}

const PLACE_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft']);
const NOT_POSSESSIVE = /^(?:it|let|that|what|he|she|there|who)['’]s$/i;
const LETTER = /\p{L}/u;
const LETTER_OR_MARK_OR_DIGIT = /[\p{L}\p{M}\d]/u;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/**
 * Unicode classes of non-ASCII code units, filled in on first sight: quotes and dashes (’ “ — …)
 * are frequent, and a Unicode regex test per character was a measurable share of tokenizing.
 * Bit 1: known; bit 2: \p{L}; bit 4: [\p{L}\p{M}\d].
 */
const CLASS = new Uint8Array(65536);
const classOf = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = s[i]!;
    k = 1 | (LETTER.test(ch) ? 2 : 0) | (LETTER_OR_MARK_OR_DIGIT.test(ch) ? 4 : 0);
    CLASS[c] = k;
  }
  return k;
};
const letterAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || (c > 127 && (classOf(s, i) & 2) !== 0);
};
const wordCharAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || isDigit(c) || (c > 127 && (classOf(s, i) & 4) !== 0);
};

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i;
    if (isUpper(c) && text[i + 1] === '.' && isUpper(text.charCodeAt(i + 2)) && text[i + 3] === '.') {
      // Dotted acronym: U.S., U.K.-based
      j = i;
      while (j + 1 < n && isUpper(text.charCodeAt(j)) && text[j + 1] === '.') j += 2;
      while (text[j] === '-' && letterAt(text, j + 1)) {
        j++;
        while (j < n && letterAt(text, j)) j++;
      }
      push(text.slice(i, j), i, 'word');
    } else if (isLowerAscii(c) && text[i + 1] === '.' && isLowerAscii(text.charCodeAt(i + 2)) && text[i + 3] === '.' && !letterAt(text, i + 4)) {
      // "11 p.m.", "e.g.": one word, whose periods end no phrase.
      j = i + 4;
      push(text.slice(i, j), i, 'word');
    } else if (letterAt(text, i)) {
      j = i + 1;
      for (;;) {
        while (j < n && wordCharAt(text, j)) j++;
        const ch = text[j];
        if ((ch === '-' || ch === "'" || ch === '’') && j + 1 < n && wordCharAt(text, j + 1)) j++;
        else break;
      }
      // "Red Vida+", "OPEC+": a plus sign closing a name is part of it.
      while (text[j] === '+' && !wordCharAt(text, j + 1)) j++;
      // "St. Clare", "Mt. Hood": a place-name abbreviation keeps its period, which ends no phrase.
      if (text[j] === '.' && j - i === 2 && PLACE_ABBREVIATIONS.has(text.slice(i, j)) && text[j + 1] === ' ' && isUpper(text.charCodeAt(j + 2))) j++;
      const raw = text.slice(i, j);
      const len = raw.length;
      // "Russia's" → "Russia" + "'s" (but "it's" stays one token).
      if (len > 2 && raw.charCodeAt(len - 1) === 115 && (raw[len - 2] === "'" || raw[len - 2] === '’') && !NOT_POSSESSIVE.test(raw)) {
        push(raw.slice(0, len - 2), i, 'word');
        push(raw.slice(len - 2), i + len - 2, 'poss');
      } else push(raw, i, 'word');
    } else if (isDigit(c) || (c === 36 && isDigit(text.charCodeAt(i + 1)))) {
      j = c === 36 ? i + 1 : i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      while ((text[j] === '.' || text[j] === ',') && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      if (text[j] === '%') j++;
      while (text[j] === '-' && letterAt(text, j + 1)) {
        j++;
        while (j < n && letterAt(text, j)) j++;
      }
      push(text.slice(i, j), i, 'num');
    } else {
      // One symbol (a surrogate pair counts as one).
      j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      const raw = text.slice(i, j);
      // A bare apostrophe after a plural ("Patients'") is a possessive too.
      const prev = out[out.length - 1];
      if ((raw === "'" || raw === '’') && prev && prev.end === offset + i && /[sS]$/.test(prev.text)) push(raw, i, 'poss');
      else push(raw, i, 'punct');
    }
    i = j;
  }
  return out;

  function push(raw: string, at: number, kind: Token['kind']): void {
    const info = raw.length <= MEMO_MAX_LENGTH ? memoised(raw) : describe(raw);
    out.push({ text: info.text, lower: info.lower, start: offset + at, end: offset + at + raw.length, kind, cap: info.cap });
  }
}

interface WordForm {
  text: string;
  lower: string;
  cap: boolean;
}

function describe(raw: string): WordForm {
  const lower = raw.toLowerCase();
  const c0 = raw.charCodeAt(0);
  const cap = isUpper(c0) ? true : c0 < 128 ? false : raw[0] !== lower[0];
  return { text: raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, cap };
}

/**
 * Memoised per surface form: the same few thousand words come back in every article. Lower-casing
 * a slice of an article with any non-Latin-1 character (’, “, —) takes V8's slow two-byte path, and
 * shared strings keep their hash, so every later lexicon lookup with `lower` skips hashing it.
 * Only short forms are kept: V8 copies short slices, but a long one may be a view that would keep
 * the whole article alive in this module-level map.
 */
const MEMO_MAX_LENGTH = 12;
const memoised = boundedMemo(describe, 100_000);
