import { BadInputError } from '../errors.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what an analyst typed into a Lucene query for the full-text index: every word is matched
 * exactly (boosted) or as a prefix, so "Zelen" finds Zelenskyy. Lucene syntax in the input is
 * escaped, never interpreted.
 */
export function luceneQuery(input: string): string {
  const words = input
    .trim()
    .split(/\s+/)
    // Lower-cased, so AND/OR/NOT are words, not operators (prefix terms are not analysed anyway).
    .map((w) => w.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) throw new BadInputError('`query` must contain at least one word');
  return words.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}
