/**
 * A small, fast tokenizer for English news text. compromise was measured at about 0.14 MB/s on the
 * seed article, far below the 1 MB/s budget, so the hot path uses this instead.
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

// Dotted acronyms (U.S., U.S.-led) | words with inner hyphens/apostrophes | numbers, money, percent | any other symbol.
const TOKEN = /(?:\p{Lu}\.){2,}(?:-\p{L}+)*|\p{L}[\p{L}\p{M}\d]*(?:[-'’][\p{L}\d][\p{L}\p{M}\d]*)*|\$?\d+(?:[.,]\d+)*%?(?:-\p{L}+)*|\S/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = offset + m.index!;
    const possessive = /^(.+?)(['’]s)$/u.exec(raw);
    if (possessive && raw.length > 2 && !/^(?:it|let|that|what|he|she|there|who)['’]s$/iu.test(raw)) {
      const word = possessive[1]!;
      out.push(make(word, start, 'word'));
      out.push(make(possessive[2]!, start + word.length, 'poss'));
      continue;
    }
    const ch = raw[0]!;
    const kind = /\p{L}/u.test(ch) ? 'word' : /[\d$]/.test(ch) ? 'num' : 'punct';
    // A bare apostrophe after a plural ("Patients'") is a possessive too.
    if (kind === 'punct' && (raw === "'" || raw === '’') && out.length && out[out.length - 1]!.end === start && /s$/i.test(out[out.length - 1]!.text)) {
      out.push(make(raw, start, 'poss'));
      continue;
    }
    out.push(make(raw, start, kind));
  }
  return out;
}

function make(text: string, start: number, kind: Token['kind']): Token {
  return { text, lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length, kind, cap: UPPER.test(text) };
}
