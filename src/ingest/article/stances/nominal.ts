import { NOMINAL_CUES } from '../lexicon/cues.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import type { Candidate } from './sentence.js';
import type { SentenceState } from './holders.js';
import { objectOf } from './objects.js';
import { covered } from './purpose.js';

/**
 * Stances stated as nouns with their owner: "Moscow's demand for a ceasefire", "the union's call for
 * a strike", "Tehran's rejection of the proposal". Objects of cues are read by the cue itself (the
 * term cleaner handles "criticized the American offer of X"); this reads the rest, such as subjects.
 */
const ENTRY = { rest: [], takes: 'np' as const, weight: 0.7, label: 'nominal', first: 'nominal' };

export function nominalStances(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  const { tokens } = st;
  const out: Candidate[] = [];
  for (const m of st.mentions) {
    if (!m.possessive || m.kind === 'adjective' || covered(st.previous, m.start)) continue;
    let k = m.end + 1;
    while (k < tokens.length && k - m.end <= 3 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !NOMINAL_CUES[tokens[k]!.lower]) k++;
    const cue = NOMINAL_CUES[tokens[k]?.lower ?? ''];
    if (!cue || !cue.preps.includes(tokens[k + 1]?.lower ?? '')) continue;
    const object = objectOf(tokens, { end: k + 2, entry: { ...ENTRY, stance: cue.stance } }, cueStarts);
    for (const range of object?.phrases ?? []) {
      const clean = cleanTerm(analysis, tokens, range, st.mentions, (h) => st.discourse.phrases.get(h));
      if (!clean || clean.generic || clean.harm) continue;
      const { term, isNew } = terms.resolve(clean.text, clean.stems);
      out.push({ holder: m.entity, term, termIsNew: isNew, stance: cue.stance, confidence: 0.7, note: `nominal "${tokens[k]!.text} ${tokens[k + 1]!.text}"` });
      st.discourse.note({ holders: [m.entity], term, stance: cue.stance });
    }
  }
  return out;
}
