import { AGENT_NOUNS, APPOSITIVE_STANCES, NOMINAL_STANCES, RECEPTION } from '../lexicon/nominal-cues.js';
import { NEGATIVE_EVALUATIONS, POSITIVE_EVALUATIONS } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';

/**
 * Which of the rarer sentence readers a sentence needs, from one pass over its words: most sentences
 * have none of these words, and throughput is a requirement (≥ 1 MB per CPU-second).
 */
export const APPOSITIVE = 1;
export const EVALUATION = 2;
export const RECEPTION_NOUN = 4;
export const AGENT_NOUN = 8;
export const STANCE_NOUN = 16;
export const WITHOUT = 32;

const FLAGS = new Map<string, number>();
const add = (words: Iterable<string>, flag: number) => {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);
};
add([...APPOSITIVE_STANCES.keys(), 'under'], APPOSITIVE);
add([...NEGATIVE_EVALUATIONS, ...POSITIVE_EVALUATIONS], EVALUATION);
add(RECEPTION.keys(), RECEPTION_NOUN);
add(AGENT_NOUNS.keys(), AGENT_NOUN);
add(NOMINAL_STANCES.keys(), STANCE_NOUN);
add(['without'], WITHOUT);

export function sentenceTriggers(tokens: readonly Token[]): number {
  let flags = 0;
  for (const t of tokens) {
    const f = FLAGS.get(t.lower);
    if (f) flags |= f;
  }
  return flags;
}
