import { PRONOUNS } from '../lexicon/words.js';
import { SPEAKING } from '../stakeholders/people.js';
import type { Token } from '../text/tokens.js';
import { inVerbGroup, verbish } from './clauses.js';

/** Where the phrases around a holder start and end: relative appositives, reported clauses, noun phrases, list items. */

/** Punctuation that no phrase of a subject spans. */
export const STRONG = new Set([';', ':', '—', '–', '"', '“', '”']);

const RELATIVE_WORDS = new Set(['which', 'who', 'whose']);

/** Where ", which … ," ends at the comma j: the index of its opening comma, or -1 (nothing strong in between). */
export function relativeAppositiveStart(tokens: readonly Token[], j: number, floor: number): number {
  for (let k = j - 1; k > floor && j - k < 40; k--) {
    const t = tokens[k]!;
    if (STRONG.has(t.text) || t.text === '(' || t.text === ')') return -1;
    if (t.text === ',' && RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '')) return k;
  }
  return -1;
}

/** The clause start is a reported clause: right after a reporting verb, or a "that" after one ("said in a statement that"). */
export function reportedClause(tokens: readonly Token[], cs: { relative?: number; reporting?: number }): boolean {
  if (cs.reporting !== undefined) return true;
  if (cs.relative === undefined || tokens[cs.relative]!.lower !== 'that') return false;
  for (let k = cs.relative - 1; k >= 0 && cs.relative - k <= 5; k--) if (SPEAKING.has(tokens[k]!.lower)) return true;
  return false;
}

const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'any', 'every', 'each']);

/** Start of the noun phrase that ends right before `end`: back to its determiner or possessive, over at most six words. */
export function nounPhraseStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end - 1;
  while (k > floor && end - k < 6) {
    const t = tokens[k]!;
    if (NOUN_PHRASE_OPENERS.has(t.lower)) return k;
    const prev = tokens[k - 1]!;
    // "the sector-limited model proposed by X": a hyphen joins the words of one modifier.
    if (prev.text === '-' && tokens[k - 2]?.kind === 'word') {
      k -= 2;
      continue;
    }
    if (prev.kind === 'word' && tokens[k - 2]?.text === '-' && tokens[k - 3]?.kind === 'word') {
      k -= 3;
      continue;
    }
    // "sector-limited", "state-owned": a hyphenated past form is a modifier, not a verb.
    if (prev.kind !== 'word' || inVerbGroup(prev) || (verbish(prev) && !prev.text.includes('-')) || PREPOSITIONS_BEFORE_NP.has(prev.lower)) return k;
    k--;
  }
  return k;
}
const PREPOSITIONS_BEFORE_NP = new Set(['of', 'for', 'to', 'in', 'on', 'with', 'by', 'from', 'at', 'against', 'over', 'about', 'into', 'under', 'and', 'or', 'but', 'that', 'which']);

export const ARTICLES_OR_POSSESSIVES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/** ", service providers and universities,": a comma before a bare lower-case list item, not before an appositive. */
export function listItemAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k + 1];
  if (!t || t.kind !== 'word' || t.cap || ARTICLES_OR_POSSESSIVES.has(t.lower) || PRONOUNS.has(t.lower) || t.lower.endsWith('ing') || t.lower.endsWith('ed')) return false;
  // ", and universities,": the serial comma before the last item.
  if (t.lower === 'and' || t.lower === 'or') return true;
  // The item list ends with "and"/"or" before the closing comma.
  for (let q = k + 2; q < tokens.length && q - k < 8 && tokens[q]!.text !== ','; q++) if (tokens[q]!.lower === 'and' || tokens[q]!.lower === 'or') return true;
  return false;
}
