import { PREPOSITIONS } from '../lexicon/words.js';
import type { Entity } from '../stakeholders/registry.js';
import { holders, type Holders, type SentenceState } from './holders.js';
import { SPEAKING } from '../stakeholders/people.js';

/**
 * Holders found by reference rather than by name: a pronoun's antecedent ("it", "he", "they"), the
 * speaker of a reporting verb ("Holst said …", "… said Jane Doe"), and the holder a coordinated
 * predicate shares with the verb before it ("insisted on X and wants Y").
 */

export function inherit(st: SentenceState, at?: number): Holders | undefined {
  // ", proposed by Berlin, … and urged": a reduced clause's agent is no subject a later verb shares.
  let prev = st.previous.at(-1);
  for (let k = st.previous.length - 1; k >= 0 && prev?.cue.participle; k--) prev = st.previous[k - 1];
  // "argued that testing would push research abroad and urged MPs to …": a cue before it that found no holder passes on nothing.
  if (prev && (prev.holders.entities.length || !st.main.entities.length)) return holders(prev.holders.entities, 'coordination', prev.holders.factor, prev.holders.document ? { document: prev.holders.document } : {});
  if (st.main.entities.length) return holders(st.main.entities, 'coordination');
  if (st.main.doc?.authors.length) return holders(st.main.doc.authors, 'document', 0.9, { document: st.main.doc });
  // "…: its director, Jane Doe, told a hearing that …, and suggested …": the speaker of the report before it in this clause.
  const coordinated = at !== undefined && st.tokens[at - 1]?.lower === 'and';
  for (let k = coordinated ? at - 1 : -1; k >= 0 && !CLAUSE_BREAKS.has(st.tokens[k]!.text); k--) {
    if (!SPEAKING.has(st.tokens[k]!.lower)) continue;
    const speaker = speakerOf(st, k);
    return speaker.length ? holders(speaker, 'speaker', 0.85) : undefined;
  }
  return undefined;
}

const CLAUSE_BREAKS = new Set([':', ';', '—', '–']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

export function pronoun(st: SentenceState, p: string, at: number): Holders | undefined {
  const { mentions, discourse } = st;
  const before = mentions.filter((m) => m.end <= at && m.kind !== 'adjective' && !PREPOSITIONS.has(st.tokens[m.start - 1]?.lower ?? ''));
  if (p === 'he' || p === 'she') {
    const person = [...before].reverse().find((m) => m.entity.kind === 'Person')?.entity ?? discourse.lastPerson;
    return person ? holders([person], 'pronoun', 0.9) : undefined;
  }
  if (p === 'it') {
    // "…, while the coalition said it would …": "it" is the speaker just before, who is no stakeholder here, not a body named earlier.
    if (unnamedSpeakerBefore(st, at)) return undefined;
    if (st.main.doc?.authors.length && (!before.length || st.main.entities.length === 0)) return holders(st.main.doc.authors, 'document', 0.85, { document: st.main.doc });
    const subject = st.main.entities.filter((e) => e.kind === 'Institution');
    if (subject.length === 1 && before.some((m) => m.entity === subject[0])) return holders(subject, 'pronoun', 0.9);
    const thing = [...before].reverse().find((m) => m.entity.kind === 'Institution');
    if (thing) return holders([thing.entity], 'pronoun', 0.9);
    const last = discourse.lastSubject;
    if (last?.doc?.authors.length) return holders(last.doc.authors, 'document', 0.85, { document: last.doc });
    const inst = last?.entities.filter((e) => e.kind === 'Institution') ?? [];
    return inst.length === 1 ? holders(inst, 'pronoun', 0.85) : undefined;
  }
  if (p === 'they') {
    const prev = st.previous.at(-1);
    if (prev && prev.holders.entities.length > 1) return holders(prev.holders.entities, 'pronoun', 0.85);
    const last = discourse.lastSubject?.entities ?? [];
    return last.length > 1 ? holders(last, 'pronoun', 0.8) : undefined;
  }
  return undefined;
}

/** "the coalition said it": a common noun right before the reporting verb before "it", outside any mention. */
function unnamedSpeakerBefore(st: SentenceState, at: number): boolean {
  const verb = st.tokens[at - 1];
  const noun = st.tokens[at - 2];
  if (!verb || !noun || !SPEAKING.has(verb.lower) || noun.kind !== 'word' || noun.cap) return false;
  // "The operators' association said it": the sentence's resolved subject speaks.
  if (st.mainVerb === at - 1 && st.main.entities.length) return false;
  if (st.mentions.some((m) => m.start <= at - 2 && m.end > at - 2)) return false;
  // A noun phrase opened by a determiner ("the Wi-Fi coalition"), not an adverb ("now says it").
  for (let k = at - 3; k >= 0 && at - k <= 5; k--) {
    const t = st.tokens[k]!;
    if (DETERMINERS.has(t.lower)) return true;
    if (t.kind !== 'word' || SPEAKING.has(t.lower)) return false;
  }
  return false;
}

/** The speaker of a reporting verb: "Holst said …", "… said Jane Doe". */
export function speakerOf(st: SentenceState, r: number): Entity[] {
  // "The UAE, which has been accused of arming the RSF, said …": the main subject speaks.
  const v = st.mainVerb;
  // "… have broken ranks and said they …": a reporting verb coordinated with the main verb shares its subject.
  if (v !== undefined && v <= r && (r - v <= 3 || ((st.tokens[r - 1]?.lower === 'and' || st.tokens[r - 1]?.lower === 'but') && r - v <= 8)) && st.main.entities.length) return st.main.entities;
  const between = (a: number, b: number) => st.tokens.slice(a, b).every((t) => t.kind === 'punct' || (!t.cap && t.kind === 'word'));
  const m = [...st.mentions].reverse().find((x) => x.end <= r && r - x.end <= 2 && between(x.end, r)) ??
    st.mentions.find((x) => x.start > r && x.start - r <= 3 && between(r + 1, x.start));
  if (m && m.kind !== 'adjective') return [m.entity];
  return st.mainVerb === r ? st.main.entities : [];
}
