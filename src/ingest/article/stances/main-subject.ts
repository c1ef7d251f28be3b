import { inVerbGroup, mainVerb } from './clauses.js';
import type { Subject } from './discourse.js';
import { type SentenceState } from './holders.js';
import { pronoun } from './pronouns.js';
import { documentOf, ledBy, pick } from './subject-span.js';

/** The sentence's grammatical subject and main verb, worked out only when a pronoun, a shared predicate or a plan's contents need it. */

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they']);

/** The sentence's grammatical subject and main verb: for pronouns, shared predicates and plan contents. */
export function mainSubject(st: SentenceState): [Subject, number | undefined] {
  const { tokens } = st;
  const mv = mainVerb(tokens, st.mentions);
  if (mv.verb <= mv.subjectStart) return [{ entities: [] }, undefined];
  const range: [number, number] = [mv.subjectStart, mv.verb];
  // "The draft also freezes …": an adverb before the verb is no part of the subject.
  while (range[1] > range[0] + 1 && tokens[range[1] - 1]!.kind === 'word' && inVerbGroup(tokens[range[1] - 1]!)) range[1]--;
  const words = tokens.slice(mv.subjectStart, mv.verb).filter((t) => t.kind === 'word');
  if (words.length === 1 && SUBJECT_PRONOUNS.has(words[0]!.lower)) {
    const p = pronoun(st, words[0]!.lower, mv.subjectStart);
    return [p ? { entities: p.document ? [] : p.entities, ...(p.document ? { doc: p.document } : {}) } : { entities: [] }, mv.verb];
  }
  const picked = pick(st, range, mv.skipped);
  if (picked.docHead !== undefined) {
    const doc = documentOf(st, range, mv.skipped, picked.docHead, picked.authors);
    return [doc ? { entities: [], doc } : { entities: [] }, mv.verb];
  }
  // "Three of the league's clubs, led by Castleford Harbour, said they …": the leader speaks for the group.
  return [{ entities: picked.entities.length ? picked.entities : ledBy(st, mv.skipped) }, mv.verb];
}
