import { REPORTING } from '../lexicon/words.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import type { SentenceState } from './holders.js';
import { speakerOf } from './pronouns.js';
import type { Candidate } from './sentence.js';

/**
 * A demand without a verb, as slogans and quotes put it: "no contract without scheduling protections",
 * "no deal without a ceasefire". The speaker of the sentence proposes what comes after "without".
 */
const END = /^[.,;:!?—–"“”)]$/;

export function verblessDemands(st: SentenceState, analysis: string, terms: TermRegistry): Candidate[] {
  const { tokens } = st;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length - 3; k++) {
    if (tokens[k]!.lower !== 'no' || tokens[k - 1]?.lower === 'with') continue;
    let w = k + 1;
    while (w < tokens.length && w - k <= 5 && tokens[w]!.lower !== 'without' && !END.test(tokens[w]!.text)) w++;
    if (tokens[w]?.lower !== 'without') continue;
    let e = w + 1;
    while (e < tokens.length && !END.test(tokens[e]!.text)) e++;
    if (e === w + 1) continue;
    const r = tokens.findIndex((t) => REPORTING.has(t.lower));
    const holders = r >= 0 ? speakerOf(st, r) : [];
    if (!holders.length) continue;
    const clean = cleanTerm(analysis, tokens, [w + 1, e], st.mentions, (h) => st.discourse.phrases.get(h));
    if (!clean || clean.generic || clean.harm) continue;
    const { term, isNew } = terms.resolve(clean.text, clean.stems);
    for (const holder of holders) out.push({ holder, term, termIsNew: isNew, stance: 'PROPOSED', confidence: 0.6, note: '"no … without": a verbless demand' });
    st.discourse.note({ holders, term, stance: 'PROPOSED' });
  }
  return out;
}
