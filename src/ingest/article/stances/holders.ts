import { COLLECTIVES, DOC_NOUNS, PREPOSITIONS, PRONOUNS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import { ROLE_SET, STATE_NOUN_SET } from '../stakeholders/patterns.js';
import type { Entity, Registry } from '../stakeholders/registry.js';
import type { Token } from '../text/tokens.js';
import { clauseStart, inVerbGroup, verbish } from './clauses.js';
import { beBefore, type CueMatch } from './cues.js';
import type { DocInfo, Discourse, Subject } from './discourse.js';

/**
 * Who holds the stance a cue states: the subject of its clause (coordinated subjects give several
 * holders), the agent of a passive or reduced clause, the antecedent of a relative pronoun, the
 * author of a plan that is the subject ("the strategy suggests"), a pronoun's referent, or the
 * subject of the previous verb in coordinated predicates ("insisted on X and wants Y").
 */
export interface Holders {
  entities: Entity[];
  via: 'subject' | 'passive' | 'participle' | 'relative' | 'document' | 'pronoun' | 'coordination' | 'speaker' | 'name word';
  document?: DocInfo;
  /** Where the noun phrase is that an object gap refers to. */
  antecedent?: [number, number];
  /** ", a request the Commission ruled out": the object is the previous claim of this sentence. */
  appositiveGap?: boolean;
  negated: boolean;
  factor: number;
}

export interface Previous {
  cue: CueMatch;
  holders: Holders;
  objectStart: number;
  objectEnd: number;
}

export interface SentenceState {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  registry: Registry;
  discourse: Discourse;
  readonly main: Subject;
  /** Token index of the main verb, when known. */
  readonly mainVerb?: number;
  previous: Previous[];
}

const STRONG = new Set([';', ':', '—', '–', '"', '“', '”']);
const ANAPHORIC_APPOSITIVE = new Set(['request', 'demand', 'move', 'change', 'step', 'proposal', 'plan', 'measure', 'decision', 'idea', 'offer', 'condition', 'position']);

const holders = (entities: Entity[], via: Holders['via'], factor = 1, extra: Partial<Holders> = {}): Holders => ({ entities, via, factor, negated: false, ...extra });

export function resolveHolders(st: SentenceState, cue: CueMatch, floor: number): Holders | undefined {
  const { tokens, mentions } = st;
  if (cue.passive || cue.participle) {
    const agents = afterBy(st, cue.end + 1);
    if (!agents.length) return undefined;
    if (cue.participle) {
      const generic = ANAPHORIC_APPOSITIVE.has(tokens[cue.start - 1]?.lower ?? '');
      if (generic) return holders(agents, 'participle', 1, { appositiveGap: true });
      // The noun phrase before the reduced clause: ", backed by X," or ", drafted by Y and backed by X,".
      let comma = cue.start - 1;
      if (tokens[comma]!.lower === 'and') while (comma > floor && tokens[comma]!.text !== ',') comma--;
      return holders(agents, 'participle', 1, { antecedent: [clauseStart(tokens, mentions, comma - 1, floor).start, comma] });
    }
    const be = beBefore(tokens, cue.start);
    return holders(agents, 'passive', 1, { antecedent: [clauseStart(tokens, mentions, be - 1, floor).start, be] });
  }

  let j = cue.start - 1;
  while (j >= floor && inVerbGroup(tokens[j]!)) j--;
  const skipped: [number, number][] = [];
  if (j >= floor && tokens[j]!.text === ',') {
    // "Most members, including the European Union, Japan and …, have endorsed": the examples hold it.
    for (let k = j - 1; k >= floor && j - k < 30 && !STRONG.has(tokens[k]!.text); k--) {
      if (tokens[k]!.text !== ',' || !/^(?:including|such|among)$/.test(tokens[k + 1]?.lower ?? '')) continue;
      const named = pick(st, [k + (tokens[k + 1]!.lower === 'such' ? 3 : 2), j], []).entities;
      if (named.length) return holders(named, 'subject', 0.9);
      break;
    }
    const closing = mentions.find((m) => m.end === j && tokens.slice(m.start, m.end).some((t) => t.text === ','));
    if (closing) j--;
    else {
      let k = j - 1;
      while (k >= floor && tokens[k]!.text !== ',' && !STRONG.has(tokens[k]!.text)) {
        const m = mentions.find((x) => x.start <= k && k < x.end);
        k = m ? m.start - 1 : k - 1;
      }
      if (k < floor || tokens[k]!.text !== ',') return inherit(st);
      skipped.push([k, j + 1]);
      j = k - 1;
    }
  }
  const cs = clauseStart(tokens, mentions, j, floor);
  const subj: [number, number] = [cs.start, j + 1];
  while (subj[0] < subj[1] && /^(?:and|but|or|,|also|then|meanwhile|however|so)$/.test(tokens[subj[0]]!.lower)) subj[0]++;
  const negated = /^(?:neither|no|none|nobody)$/.test(tokens[subj[0]]?.lower ?? '');
  // "rejected the proposal as cosmetic and demanded …": a conjunction right before the verb shares its subject.
  if (subj[1] > subj[0] && /^(?:and|but|or)$/.test(tokens[subj[1] - 1]!.lower) && !st.mentions.some((m) => m.start >= subj[0] && m.start < subj[1])) return inherit(st);
  if (cs.relative !== undefined) return relative(st, cs.relative, subj, floor);
  if (subj[0] >= subj[1]) return inherit(st);

  const picked = pick(st, subj, skipped);
  // ", a request the Commission ruled out": the object is the claim this phrase re-describes.
  const appositiveGap = /^(?:a|an|the|this)$/.test(tokens[subj[0]]?.lower ?? '') && ANAPHORIC_APPOSITIVE.has(tokens[subj[0] + 1]?.lower ?? '');
  if (picked.entities.length && !picked.docHead) return holders(picked.entities, 'subject', 1, { negated, ...(appositiveGap ? { appositiveGap } : {}) });
  if (picked.docHead !== undefined) {
    const doc = documentOf(st, subj, skipped, picked.docHead, picked.authors);
    if (doc?.authors.length) return holders(doc.authors, 'document', 0.9, { document: doc, negated });
  }
  const words = tokens.slice(subj[0], subj[1]).filter((t) => t.kind === 'word');
  const owner = { its: 'it', their: 'they', his: 'he', her: 'she' }[words[0]?.lower ?? ''];
  if (owner && words.length <= 3 && (STATE_NOUN_SET.at(tokens, subj[0] + 1) || ROLE_SET.at(tokens, subj[0] + 1))) {
    const p = pronoun(st, owner, subj[0]);
    if (p) return { ...p, negated };
  }
  if (words.length === 1 && PRONOUNS.has(words[0]!.lower)) {
    const p = words[0]!.lower;
    // "Safe Care Chicago said it supported …", "with Tehran signalling it could accept …"
    const speaker = cs.reporting !== undefined ? speakerOf(st, cs.reporting) : [];
    const fits = p === 'they' ? speaker.length > 1 : speaker.length === 1 && (p === 'it' ? speaker[0]!.kind === 'Institution' : p === 'he' || p === 'she' ? speaker[0]!.kind === 'Person' : false);
    if (fits) return holders(speaker, 'pronoun', 0.9, { negated });
    if (p === 'we' || p === 'i') {
      const said = st.tokens.findIndex((t) => t.lower === 'said' || t.lower === 'says' || t.lower === 'told' || t.lower === 'added');
      const who = said >= 0 ? speakerOf(st, said) : [];
      return who.length ? holders(who, 'speaker', 0.85, { negated }) : undefined;
    }
    return pronoun(st, p, subj[0]);
  }
  const last = words.at(-1);
  if (last && words.length <= 2 && !last.cap && last.lower.endsWith('s')) {
    const e = st.registry.byNameWord(last.lower);
    if (e) return holders([e], 'name word', 0.8, { negated });
  }
  if (cs.reporting !== undefined) {
    const speaker = speakerOf(st, cs.reporting);
    if (speaker.length) return holders(speaker, 'speaker', 0.85, { negated });
  }
  return negated ? holders([], 'subject', 1, { negated }) : undefined;
}

/** Stakeholders in a subject span: named ones, not those inside prepositional phrases ("led by Colombia"). */
export function pick(st: SentenceState, [s, e]: [number, number], skipped: [number, number][]): { entities: Entity[]; docHead?: number; authors: Entity[] } {
  const { tokens, mentions } = st;
  const entities: Entity[] = [];
  const authors: Entity[] = [];
  for (const m of mentions) {
    if (m.start < s || m.start >= e || skipped.some(([a, b]) => m.start >= a && m.start < b)) continue;
    let p = m.start - 1;
    while (p >= s && /^(?:the|a|an|its|their|his|her|our)$/.test(tokens[p]!.lower)) p--;
    if (p >= s && PREPOSITIONS.has(tokens[p]!.lower) && !COLLECTIVES.has(tokens[p - 1]?.lower ?? '')) continue;
    if (m.kind === 'adjective') {
      authors.push(m.entity);
      continue;
    }
    if (m.possessive) {
      const head = tokens.slice(m.end + 1, e);
      if (head.some((t) => DOC_NOUNS.has(t.lower))) authors.push(m.entity);
      else if (head.some((_, k) => ROLE_SET.at(tokens, m.end + 1 + k) || STATE_NOUN_SET.at(tokens, m.end + 1 + k) || COLLECTIVES.has(tokens[m.end + 1 + k]!.lower))) entities.push(m.entity);
      continue;
    }
    if (!entities.includes(m.entity)) entities.push(m.entity);
  }
  let last = e - 1;
  for (let k = s; k < e; k++) if (PREPOSITIONS.has(tokens[k]!.lower) && k > s && !mentions.some((m) => m.start <= k && k < m.end)) last = Math.min(last, k - 1);
  while (last >= s && (tokens[last]!.kind === 'punct' || skipped.some(([a, b]) => last >= a && last < b))) last--;
  const head = tokens[last];
  const inMention = mentions.some((m) => m.start <= last && last < m.end);
  const isDoc = head && !inMention && (DOC_NOUNS.has(head.lower) || st.discourse.acronyms.has(head.lower));
  return { entities, authors, ...(isDoc ? { docHead: last } : {}) };
}

/** The plan a subject names and its author: "released … by X", "the presidency's draft", "the U.S. proposal", or the plan named before. */
export function documentOf(st: SentenceState, [s, e]: [number, number], skipped: [number, number][], head: number, authors: Entity[]): DocInfo | undefined {
  const headWord = st.tokens[head]!.lower;
  let by: Entity[] = [];
  for (const [a, b] of skipped) {
    const k = st.tokens.slice(a, b).findIndex((t) => t.lower === 'by');
    if (k >= 0) by = afterBy(st, a + k + 1);
  }
  const label = st.tokens
    .slice(s, e)
    .filter((t, k) => (t.kind !== 'punct' || t.text === '-') && !skipped.some(([a, b]) => s + k >= a && s + k < b))
    .map((t) => t.text)
    .join(' ')
    .replace(/^(?:the|a|an|this|its|their)\s+/i, '');
  const explicit = by.length ? by : authors;
  if (explicit.length) return st.discourse.addDoc(headWord, label, explicit);
  return st.discourse.doc(headWord);
}

/** Stakeholders after "by" (coordinated), until the clause ends. */
function afterBy(st: SentenceState, from: number): Entity[] {
  const out: Entity[] = [];
  let commas = 0;
  for (let k = from; k < st.tokens.length && k - from < 20; k++) {
    const t = st.tokens[k]!;
    if (/^[.;:!?—–()]$/.test(t.text) || (t.text === ',' && ++commas > 1) || (k > from && verbish(t))) break;
    const m = st.mentions.find((x) => x.start === k);
    if (m) {
      if (m.kind !== 'adjective' && !out.includes(m.entity)) out.push(m.entity);
      k = m.end - 1;
    }
  }
  // "by the chair of the group, Norwegian ambassador X": the named person is the agent.
  const people = out.filter((e) => e.kind === 'Person');
  return people.length ? people : out;
}

function relative(st: SentenceState, r: number, subj: [number, number], floor: number): Holders | undefined {
  const { tokens, mentions } = st;
  const antecedentEnd = tokens[r - 1]?.text === ',' ? r - 1 : r;
  const antecedentStart = clauseStart(tokens, mentions, antecedentEnd - 1, floor).start;
  const inside = pick(st, [r + 1, subj[1]], []);
  if (inside.entities.length) return holders(inside.entities, 'relative', 1, { antecedent: [antecedentStart, antecedentEnd] });
  const near = [...mentions].reverse().find((m) => m.end <= antecedentEnd && m.end >= antecedentEnd - 2 && m.start >= floor && m.kind !== 'adjective');
  if (near) return holders([near.entity], 'relative', 0.95);
  // "put forward a counterproposal that offered X": the relative pronoun follows the previous cue's object.
  const plan = st.previous.find((p) => p.objectEnd === r || p.objectEnd === antecedentEnd);
  if (plan) return holders(plan.holders.entities, 'relative', 0.9);
  return undefined;
}

function inherit(st: SentenceState): Holders | undefined {
  const prev = st.previous.at(-1);
  if (prev) return holders(prev.holders.entities, 'coordination', prev.holders.factor, prev.holders.document ? { document: prev.holders.document } : {});
  if (st.main.entities.length) return holders(st.main.entities, 'coordination');
  if (st.main.doc?.authors.length) return holders(st.main.doc.authors, 'document', 0.9, { document: st.main.doc });
  return undefined;
}

export function pronoun(st: SentenceState, p: string, at: number): Holders | undefined {
  const { mentions, discourse } = st;
  const before = mentions.filter((m) => m.end <= at && m.kind !== 'adjective' && !PREPOSITIONS.has(st.tokens[m.start - 1]?.lower ?? ''));
  if (p === 'he' || p === 'she') {
    const person = [...before].reverse().find((m) => m.entity.kind === 'Person')?.entity ?? discourse.lastPerson;
    return person ? holders([person], 'pronoun', 0.9) : undefined;
  }
  if (p === 'it') {
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

/** The speaker of a reporting verb: "Holst said …", "… said Jane Doe". */
function speakerOf(st: SentenceState, r: number): Entity[] {
  // "The UAE, which has been accused of arming the RSF, said …": the main subject speaks.
  const v = st.mainVerb;
  if (v !== undefined && v <= r && r - v <= 3 && st.main.entities.length) return st.main.entities;
  const between = (a: number, b: number) => st.tokens.slice(a, b).every((t) => t.kind === 'punct' || (!t.cap && t.kind === 'word'));
  const m = [...st.mentions].reverse().find((x) => x.end <= r && r - x.end <= 2 && between(x.end, r)) ??
    st.mentions.find((x) => x.start > r && x.start - r <= 3 && between(r + 1, x.start));
  if (m && m.kind !== 'adjective') return [m.entity];
  return st.mainVerb === r ? st.main.entities : [];
}
