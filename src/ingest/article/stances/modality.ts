import { LOCAL_HEDGES, NEGATORS, SENTENCE_HEDGES } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { inVerbGroup } from './clauses.js';

/**
 * Negation in the verb group before a cue: 'not' ("did not reject", "would not accept"), or
 * 'withdrawn' ("no longer supports", "has never backed"): a claim that stopped or never held, which
 * is dropped rather than reversed. "would never accept" is a refusal, so plain negation.
 */
export function negationBefore(tokens: readonly Token[], cueStart: number, floor: number): 'not' | 'withdrawn' | undefined {
  // "stopped short of endorsing", "failed to back": the claim was not made.
  const a = tokens[cueStart - 1]?.lower;
  const b = tokens[cueStart - 2]?.lower ?? '';
  if ((a === 'of' && b === 'short' && /^stop/.test(tokens[cueStart - 3]?.lower ?? '')) || (a === 'to' && /^fail/.test(b))) return 'withdrawn';
  for (let j = cueStart - 1; j >= floor && inVerbGroup(tokens[j]!); j--) {
    const l = tokens[j]!.lower;
    if (l === 'longer' && tokens[j - 1]?.lower === 'no') return 'withdrawn';
    if (l === 'never') return /^(?:would|will|could|can|shall)$/.test(tokens[j - 1]?.lower ?? '') ? 'not' : 'withdrawn';
    if (NEGATORS.has(l) || l.endsWith("n't")) return 'not';
  }
  return undefined;
}

/** Attribution anywhere in the sentence: "according to", "reportedly", "diplomats said". */
export const attributed = (sentenceLower: string) => SENTENCE_HEDGES.some((h) => sentenceLower.includes(h));

/** Attribution and hedging: "reportedly", "according to", "is understood to", "could", "signalled". */
export function hedged(sentenceHedged: () => boolean, tokens: readonly Token[], from: number, cueStart: number): boolean {
  if (sentenceHedged()) return true;
  for (let j = Math.max(from, 0); j < cueStart; j++) if (LOCAL_HEDGES.has(tokens[j]!.lower)) return true;
  return false;
}
