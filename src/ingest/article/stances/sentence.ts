import type { Stance } from '../../../model/vocabulary.js';
import { DOC_NOUNS, PURPOSE_NOUNS } from '../lexicon/words.js';
import { detectMentions } from '../stakeholders/detect.js';
import type { Entity, Registry } from '../stakeholders/registry.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import { tokenize } from '../text/tokens.js';
import type { Sentence } from '../types.js';
import { mainVerb, verbish } from './clauses.js';
import { type CueMatch, findCues } from './cues.js';
import type { Discourse, Subject, TermRef } from './discourse.js';
import { type Holders, type SentenceState, documentOf, pick, pronoun, resolveHolders } from './holders.js';
import { attributed, hedged, negationBefore } from './modality.js';
import { type ObjectSpan, objectOf } from './objects.js';
import { nominalStances } from './nominal.js';
import { planContents } from './plan-contents.js';
import { priorities } from './priorities.js';
import { scanSentence } from './scan.js';

/** A stance found in one sentence, before ids, sources and offsets are attached. */
export interface Candidate {
  holder: Entity;
  term: TermRef;
  termIsNew: boolean;
  stance: Stance;
  confidence: number;
  /** How it was read, for reviewers: cue, holder route, hedges. */
  note: string;
}

const round = (x: number) => Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100;
const PURPOSE_CUE = { rest: [], stance: 'SUPPORTED' as Stance, takes: 'vp' as const, weight: 0.7, label: 'to (purpose)', first: 'to' };

export function readSentence(sentence: Sentence, analysis: string, reg: Registry, terms: TermRegistry, discourse: Discourse): Candidate[] {
  const tokens = tokenize(analysis.slice(sentence.start, sentence.end), sentence.start);
  const mentions = detectMentions(tokens, reg);
  scanSentence(tokens, mentions, discourse);
  let main: Subject | undefined;
  let verb: number | undefined;
  const st: SentenceState = {
    tokens, mentions, registry: reg, discourse, previous: [],
    get main() {
      main ??= { entities: [] }; // a guard while it is being computed
      if (!computed) (computed = true), ([main, verb] = mainSubject(st));
      return main;
    },
    get mainVerb() {
      void this.main;
      return verb;
    },
  };
  let computed = false;
  const cues = findCues(tokens, mentions);
  const cueStarts = new Set(cues.map((c) => c.start));
  let isAttributed: boolean | undefined;
  const sentenceHedged = () => (isAttributed ??= attributed(analysis.slice(sentence.start, sentence.end).toLowerCase()));
  const out: Candidate[] = [];
  const consumed = new Set<number>();

  for (const cue of cues) {
    if (consumed.has(cue.start)) continue;
    const floor = st.previous.at(-1)?.objectEnd ?? 0;
    let objectCue: Pick<CueMatch, 'end' | 'entry'> = cue;
    let stance = cue.entry.stance;
    const negation = negationBefore(tokens, cue.start, floor);
    if (negation === 'withdrawn') continue;
    let negations = negation ? 1 : 0;
    const control = cue.entry.control;
    if (cue.entry.takes === 'urge') {
      const to = tokens.findIndex((t, k) => k >= cue.end && k - cue.end < 10 && t.lower === 'to');
      const inner = to >= 0 ? cues.find((c) => c.start === to + 1) : undefined;
      if (inner && !inner.entry.control) {
        consumed.add(inner.start);
        objectCue = inner;
        stance = inner.entry.stance;
      }
    }
    if (control) {
      let k = cue.end;
      while (tokens[k] && /ly$/.test(tokens[k]!.lower) && !tokens[k]!.cap) k++;
      const inner = cues.find((c) => c.start === k);
      if (inner) {
        consumed.add(inner.start);
        objectCue = inner;
        stance = inner.entry.stance;
        if (control === 'negate') negations++;
      } else if (control === 'pass') continue;
    }
    const holders = resolveHolders(st, cue, floor);
    const object = objectOf(tokens, objectCue, cueStarts);
    st.previous.push({ cue, holders: holders ?? { entities: [], via: 'subject', negated: false, factor: 1 }, objectStart: objectCue.end, objectEnd: object?.end ?? objectCue.end });
    if (!holders || holders.entities.length === 0 || !object || object.ambiguous || object.negatedOutcome) continue;
    if (holders.negated) negations++;
    if (object.evaluation) stance = object.evaluation;
    const final = negate(stance, negations);
    if (!final) continue;
    const notes = [`cue "${tokens.slice(cue.start, cue.end).map((t) => t.text).join(' ')}"`, `holder via ${holders.via}`];
    let factor = cue.entry.weight * holders.factor;
    if (hedged(sentenceHedged, tokens, floor, cue.start)) (factor *= 0.75, notes.push('hedged'));
    if (negations) (factor *= 0.85, notes.push('negated, read as opposition'));
    out.push(...claims(st, analysis, terms, holders, object, final, factor, notes));
  }
  out.push(...purposeClauses(st, analysis, terms, cueStarts), ...priorities(st, analysis, terms, cueStarts), ...nominalStances(st, analysis, terms, cueStarts),
    ...planContents(st, analysis, terms, cueStarts));
  const person = [...mentions].reverse().find((m) => m.entity.kind === 'Person' && m.kind === 'name')?.entity;
  discourse.endSentence(() => st.main, person);
  return out;
}

/** SUPPORTED negated is opposition; a negated PROPOSED or OPPOSED says nothing reliable, so it is dropped. */
function negate(stance: Stance, negations: number): Stance | undefined {
  if (negations === 0) return stance;
  if (negations > 1) return undefined;
  switch (stance) {
    case 'SUPPORTED':
      return 'OPPOSED';
    case 'PROPOSED':
    case 'OPPOSED':
      return undefined;
    default:
      return assertNeverStance(stance);
  }
}

function assertNeverStance(value: never): never {
  throw new Error(`Unexpected stance ${String(value)}`);
}

function claims(st: SentenceState, analysis: string, terms: TermRegistry, holders: Holders, object: ObjectSpan, stance: Stance, factor: number, notes: string[]): Candidate[] {
  const { tokens, mentions, discourse } = st;
  const out: Candidate[] = [];
  // A passive or reduced clause ("was rejected by Iran", ", backed by Qatar,") has its term before the cue.
  const own = holders.via === 'passive' || holders.via === 'participle' ? [] : object.phrases;
  const phrases = own.length ? own : holders.antecedent ? [holders.antecedent] : [];
  const resolved: { term: TermRef; isNew: boolean; stance: Stance; factor: number; note?: string }[] = [];
  if (phrases.length === 0 && holders.appositiveGap) {
    for (const term of discourse.sentenceTerms) resolved.push({ term, isNew: false, stance, factor: 0.9, note: 'object: the claim before it' });
  }
  for (const range of phrases) {
    const clean = cleanTerm(analysis, tokens, range, mentions, (head) => discourse.phrases.get(head));
    if (!clean) continue;
    // "put forward a counterproposal that offered X": the plan itself is not a term; X is, by the inner cue.
    if (object.relativeCue && (clean.generic === 'whole' || DOC_NOUNS.has(clean.text.split(' ').at(-1)!.toLowerCase()))) continue;
    let s = stance;
    let f = 1;
    if (clean.refusal) {
      // "criticised Aurora's refusal to give users X": support for X; "backed the refusal to X": opposition.
      s = s === 'OPPOSED' ? 'SUPPORTED' : 'OPPOSED';
      f = 0.8;
    }
    if (clean.harm) {
      if (s !== 'OPPOSED') continue;
      s = 'SUPPORTED';
      f = 0.85;
    }
    if (clean.generic) {
      for (const r of generic(st, terms, clean.text, clean.generic, clean.owners, clean.docHead, holders.entities, s, holders.appositiveGap)) resolved.push({ ...r, factor: f * 0.85, note: `object "${clean.text}" read as ${r.note}` });
      continue;
    }
    const { term, isNew } = terms.resolve(clean.text, clean.stems);
    resolved.push({ term, isNew, stance: s, factor: f });
    if (clean.nominal && clean.owners.length) {
      for (const owner of clean.owners) out.push(candidate(owner, term, isNew, clean.nominal, 0.7, [`nominal "${clean.text}"`]));
    }
  }
  for (const r of resolved) {
    // A plan that "calls for" or "backs" something proposes it.
    const s = holders.via === 'document' && r.stance === 'SUPPORTED' ? 'PROPOSED' : r.stance;
    for (const holder of holders.entities) out.push(candidate(holder, r.term, r.isNew, s, factor * r.factor, r.note ? [...notes, r.note] : notes));
    discourse.note({ holders: holders.entities, term: r.term, stance: s });
    if (holders.document && s === 'PROPOSED' && !holders.document.terms.some((t) => t.id === r.term.id)) holders.document.terms.push(r.term);
  }
  return out;
}

const candidate = (holder: Entity, term: TermRef, termIsNew: boolean, stance: Stance, confidence: number, notes: string[]): Candidate => ({
  holder, term, termIsNew, stance, confidence: round(confidence), note: notes.join('; '),
});

/** Generic objects resolved through the discourse: "the initial terms", "the demand", "this change", "the Saudi position", "the text". */
function generic(st: SentenceState, terms: TermRegistry, fallback: string, kind: NonNullable<ReturnType<typeof cleanTerm>>['generic'], owners: Entity[], docHead: string | undefined, holders: Entity[], stance: Stance, appositive?: boolean) {
  const { discourse } = st;
  const out: { term: TermRef; isNew: boolean; stance: Stance; note: string }[] = [];
  switch (kind) {
    case 'parts': {
      const doc = discourse.docs.find((d) => d.terms.length && (!owners.length || d.authors.some((a) => owners.includes(a))));
      for (const term of doc?.terms ?? []) out.push({ term, isNew: false, stance, note: `the terms of "${doc!.label}"` });
      break;
    }
    case 'demand':
      for (const term of discourse.lastDemand(holders)) out.push({ term, isNew: false, stance, note: 'the demand before it' });
      break;
    case 'position':
      if (stance !== 'SUPPORTED') break;
      // Backing someone's position: support for what they proposed or supported, opposition to what they opposed.
      for (const owner of owners) for (const c of discourse.latestClaimsOf(owner)) out.push({ term: c.term, isNew: false, stance: c.stance === 'OPPOSED' ? 'OPPOSED' : 'SUPPORTED', note: `${owner.name}'s position` });
      break;
    case 'whole': {
      const doc = docHead ? discourse.doc(docHead) : undefined;
      out.push({ term: { id: '', label: doc?.label ?? fallback }, isNew: true, stance, note: doc ? `the plan "${doc.label}"` : 'itself' });
      break;
    }
    case 'prior': {
      const prior = appositive || discourse.sentenceTerms.length ? discourse.sentenceTerms : discourse.previousTerms;
      for (const term of prior) out.push({ term, isNew: false, stance, note: 'the claim before it' });
      // "postponed a vote on a global carbon levy, after X threatened to block the measure"
      if (!prior.length && discourse.lastPhrase) out.push({ term: { id: '', label: discourse.lastPhrase }, isNew: true, stance, note: 'the thing named before it' });
      break;
    }
    default:
  }
  return out.map((o) => (o.term.id ? o : { ...o, ...terms.resolve(o.term.label) }));
}

/** "is in London … for talks … to coordinate a European response": the subject wants what the talks are for. */
function purposeClauses(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  const { tokens } = st;
  const out: Candidate[] = [];
  const covered = (k: number) => st.previous.some((p) => k >= p.objectStart && k < p.objectEnd);
  for (let t = 1; t < tokens.length - 1; t++) {
    if (tokens[t]!.lower !== 'to' || covered(t) || cueStarts.has(t + 1) || tokens[t + 1]!.kind !== 'word' || tokens[t + 1]!.cap) continue;
    let p = t - 1;
    while (p >= 0 && t - p <= 10 && !PURPOSE_NOUNS.has(tokens[p]!.lower) && !verbish(tokens[p])) p--;
    const lead = /^(?:a|an|the)$/.test(tokens[p - 1]?.lower ?? '') ? p - 2 : p - 1;
    if (p < 0 || !PURPOSE_NOUNS.has(tokens[p]!.lower) || !/^(?:for|in|on)$/.test(tokens[lead]?.lower ?? '')) continue;
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

/** The sentence's grammatical subject and main verb: for pronouns, shared predicates and plan contents. */
function mainSubject(st: SentenceState): [Subject, number | undefined] {
  const { tokens } = st;
  const mv = mainVerb(tokens, st.mentions);
  if (mv.verb <= mv.subjectStart) return [{ entities: [] }, undefined];
  const range: [number, number] = [mv.subjectStart, mv.verb];
  const words = tokens.slice(mv.subjectStart, mv.verb).filter((t) => t.kind === 'word');
  if (words.length === 1 && /^(?:it|he|she|they)$/.test(words[0]!.lower)) {
    const p = pronoun(st, words[0]!.lower, mv.subjectStart);
    return [p ? { entities: p.document ? [] : p.entities, ...(p.document ? { doc: p.document } : {}) } : { entities: [] }, mv.verb];
  }
  const picked = pick(st, range, mv.skipped);
  if (picked.docHead !== undefined) {
    const doc = documentOf(st, range, mv.skipped, picked.docHead, picked.authors);
    return [doc ? { entities: [], doc } : { entities: [] }, mv.verb];
  }
  return [{ entities: picked.entities }, mv.verb];
}
