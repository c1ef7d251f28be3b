import type { TermRegistry } from '../terms/registry.js';
import { cleanTerm } from '../terms/clean.js';
import type { Token } from '../text/tokens.js';
import { clauseStart } from './clauses.js';
import type { Candidate } from './sentence.js';
import type { SentenceState } from './holders.js';
import { objectOf } from './objects.js';

/**
 * Summaries of a plan often state its contents without an agent: "Ending the war quickly is
 * identified as a core U.S. interest, primarily to stabilize X, prevent Y, and reestablish Z." When
 * the sentence continues the description of a plan (the previous subject was a plan with a known
 * author), the author proposed the subject and the purposes that follow.
 */
const LABELLED = new Set(['identified', 'described', 'named', 'listed', 'designated', 'defined', 'framed', 'cast', 'presented', 'cited', 'set']);
const GOALS = new Set(['interest', 'priority', 'goal', 'objective', 'aim', 'pillar', 'concern', 'imperative']);
const BE = new Set(['is', 'are', 'was', 'were', 'been']);
const PURPOSE = { rest: [], stance: 'PROPOSED' as const, takes: 'vp' as const, weight: 0.6, label: 'to (purpose)', first: 'to' };

export function priorities(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  // Cheap test first: the subjects of earlier sentences are only worked out when the pattern is there.
  let labelled = false;
  for (let k = 0; k < st.tokens.length && !labelled; k++) labelled = LABELLED.has(st.tokens[k]!.lower) && st.tokens[k + 1]?.lower === 'as';
  if (!labelled) return [];
  const doc = st.discourse.lastSubject?.doc;
  if (!doc?.authors.length) return [];
  const { tokens } = st;
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!BE.has(tokens[k]!.lower) || !LABELLED.has(tokens[k + 1]!.lower) || tokens[k + 2]!.lower !== 'as') continue;
    let g = k + 3;
    while (g < tokens.length && g - k < 9 && !GOALS.has(tokens[g]!.lower)) g++;
    if (!GOALS.has(tokens[g]?.lower ?? '')) continue;
    const subject: [number, number] = [clauseStart(tokens, st.mentions, k - 1, 0).start, k];
    const phrases: [number, number][] = [subject];
    let t = g + 1;
    while (tokens[t] && (tokens[t]!.text === ',' || /^(?:primarily|mainly|chiefly|largely|partly|in|order)$/.test(tokens[t]!.lower))) t++;
    if (tokens[t]?.lower === 'to') phrases.push(...(objectOf(tokens, { end: t + 1, entry: PURPOSE }, cueStarts)?.phrases ?? []));
    for (const range of phrases) {
      const clean = cleanTerm(analysis, tokens, range, st.mentions, (h) => st.discourse.phrases.get(h));
      if (!clean || clean.generic || clean.harm) continue;
      const { term, isNew } = terms.resolve(clean.text, clean.stems);
      for (const holder of doc.authors) {
        out.push({ holder, term, termIsNew: isNew, stance: 'PROPOSED', confidence: 0.6, note: `"${tokens.slice(k, k + 3).map((x: Token) => x.text).join(' ')} … ${tokens[g]!.text}" in the description of "${doc.label}"` });
      }
      st.discourse.note({ holders: doc.authors, term, stance: 'PROPOSED' });
    }
  }
  return out;
}
