import { LOCAL_HEDGES, NEGATORS, SENTENCE_HEDGES } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { inVerbGroup } from './clauses.js';

const REFUSING_MODALS = new Set(['would', 'will', 'could', 'can', 'shall']);

/**
 * Negation in the verb group before a cue: 'not' ("did not reject", "would not accept"), or
 * 'withdrawn' ("no longer supports", "has never backed"): a claim that stopped or never held, which
 * is dropped rather than reversed. "would never accept" is a refusal, so plain negation.
 */
export function negationBefore(tokens: readonly Token[], cueStart: number, floor: number): 'not' | 'withdrawn' | undefined {
  // "stopped short of endorsing", "failed to back": the claim was not made.
  const a = tokens[cueStart - 1]?.lower;
  const b = tokens[cueStart - 2]?.lower ?? '';
  if ((a === 'of' && b === 'short' && (tokens[cueStart - 3]?.lower ?? '').startsWith('stop')) || (a === 'to' && b.startsWith('fail'))) return 'withdrawn';
  // "failed on Tuesday to agree on X": a short time phrase between "failed" and "to".
  if (a === 'to') for (let j = cueStart - 3; j >= 0 && cueStart - j <= 5; j--) if (tokens[j]!.lower.startsWith('fail')) return 'withdrawn';
  for (let j = cueStart - 1; j >= floor && inVerbGroup(tokens[j]!); j--) {
    const l = tokens[j]!.lower;
    if (l === 'longer' && tokens[j - 1]?.lower === 'no') return 'withdrawn';
    if (l === 'never') return REFUSING_MODALS.has(tokens[j - 1]?.lower ?? '') ? 'not' : 'withdrawn';
    if (NEGATORS.has(l) || l.endsWith("n't")) return 'not';
  }
  return undefined;
}

/** The hedges as one alternation of literals: one scan of the sentence instead of one per hedge. */
const SENTENCE_HEDGE = new RegExp(SENTENCE_HEDGES.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Attribution anywhere in the sentence: "according to", "reportedly", "diplomats said". */
export const attributed = (sentenceLower: string) => SENTENCE_HEDGE.test(sentenceLower);

/** Attribution and hedging: "reportedly", "according to", "is understood to", "could", "signalled". */
export function hedged(sentenceHedged: () => boolean, tokens: readonly Token[], from: number, cueStart: number): boolean {
  if (sentenceHedged()) return true;
  for (let j = Math.max(from, 0); j < cueStart; j++) if (LOCAL_HEDGES.has(tokens[j]!.lower)) return true;
  return false;
}

const UNDECIDED = new Set(['whether', 'if', 'unless']);
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
/** Nouns whose "that"-clause reports what someone else says ("rejected claims that it opposed X"). */
const REPORT_NOUNS = new Set(['claims', 'claim', 'reports', 'report', 'suggestions', 'suggestion', 'allegations', 'allegation', 'accusations', 'accusation',
  'speculation', 'rumours', 'rumors', 'rumour', 'rumor', 'talk', 'charges', 'assertions']);
const CLAUSE_EDGE = new Set([';', ':', '—', '–', '.', '(', ')']);

/**
 * A cue whose clause asserts nothing: undecided ("whether to back X", "unclear whether Chile will
 * accept"), conditional ("if Peru agreed to X"), not yet done ("has yet to endorse"), denied ("denied
 * that it had proposed X") or reported to be denied ("rejected claims that it opposed X").
 */
export function unasserted(tokens: readonly Token[], cueStart: number): boolean {
  if (tokens[cueStart - 1]?.lower === 'to' && tokens[cueStart - 2]?.lower === 'yet') return true;
  for (let j = cueStart - 1; j >= 0 && cueStart - j <= 10; j--) {
    const t = tokens[j]!;
    if (CLAUSE_EDGE.has(t.text) || t.text === ',') return false;
    if (UNDECIDED.has(t.lower) || DENIALS.has(t.lower)) return true;
    // "stopped short of saying it would reject X": the stance is the one not taken.
    if (t.lower === 'short' && tokens[j + 1]?.lower === 'of' && (tokens[j - 1]?.lower ?? '').startsWith('stop')) return true;
    // "was not involved in drafting the plan": a part denied in the act, not a stance against it.
    if (t.lower === 'involved' && tokens[j + 1]?.lower === 'in' && NEGATORS.has(tokens[j - 1]?.lower ?? '')) return true;
    // ", provided the council committed to X": a condition, as "if" is ("the report provided for X" is a verb).
    if (t.lower === 'provided' && (tokens[j - 1]?.text === ',' || tokens[j + 1]?.lower === 'that')) return true;
    if (t.lower === 'that') return REPORT_NOUNS.has(tokens[j - 1]?.lower ?? '') || DENIALS.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}
