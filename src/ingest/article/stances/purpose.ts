import type { Stance } from '../../../model/vocabulary.js';
import { ARTICLES, PURPOSE_NOUNS } from '../lexicon/words.js';
import type { TermRegistry } from '../terms/registry.js';
import { verbish } from './clauses.js';
import { type Holders, type Previous, type SentenceState } from './holders.js';
import { objectOf } from './objects.js';
import type { Candidate } from './sentence.js';
import { claims } from './claims.js';

/**
 * Purpose clauses: "is in London for talks … to coordinate a European response": the subject wants
 * what its talks, visit or effort are for.
 */

const PURPOSE_PREPOSITIONS = new Set(['for', 'in', 'on']);

/** Inside the object of a cue read before? (A loop, not an arrow per "to": this runs for every "to".) */
export function covered(previous: readonly Previous[], k: number): boolean {
  for (const p of previous) if (k >= p.objectStart && k < p.objectEnd) return true;
  return false;
}

export const PURPOSE_CUE = { rest: [], stance: 'SUPPORTED' as Stance, takes: 'vp' as const, weight: 0.7, label: 'to (purpose)', first: 'to' };

/** "is in London … for talks … to coordinate a European response": the subject wants what the talks are for. */
export function purposeClauses(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  const { tokens } = st;
  const out: Candidate[] = [];
  for (let t = 1; t < tokens.length - 1; t++) {
    if (tokens[t]!.lower !== 'to' || covered(st.previous, t) || cueStarts.has(t + 1) || tokens[t + 1]!.kind !== 'word' || tokens[t + 1]!.cap) continue;
    let p = t - 1;
    while (p >= 0 && t - p <= 10 && !PURPOSE_NOUNS.has(tokens[p]!.lower) && !verbish(tokens[p])) p--;
    const lead = ARTICLES.has(tokens[p - 1]?.lower ?? '') ? p - 2 : p - 1;
    if (p < 0 || !PURPOSE_NOUNS.has(tokens[p]!.lower) || !PURPOSE_PREPOSITIONS.has(tokens[lead]?.lower ?? '')) continue;
    const holders = st.main.entities.length ? st.main.entities : [];
    if (!holders.length) continue;
    const object = objectOf(tokens, { end: t + 1, entry: PURPOSE_CUE }, cueStarts);
    if (!object) continue;
    const h: Holders = { entities: holders, via: 'subject', negated: false, factor: 1 };
    out.push(...claims(st, analysis, terms, h, object, 'SUPPORTED', 0.7, ['purpose clause "to …"']));
    st.previous.push({ cue: { start: t, end: t + 1, entry: PURPOSE_CUE, passive: false, participle: false }, holders: h, objectStart: t + 1, objectEnd: object.end });
  }
  return out;
}
