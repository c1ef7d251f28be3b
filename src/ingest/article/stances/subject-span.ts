import { COLLECTIVES, DOC_NOUNS, PREPOSITIONS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import { ROLE_SET, STATE_NOUN_SET } from '../stakeholders/patterns.js';
import type { Entity } from '../stakeholders/registry.js';
import type { Token } from '../text/tokens.js';
import { verbish } from './clauses.js';
import { mentionAt } from './mention-at.js';
import type { DocInfo } from './discourse.js';
import { type SentenceState } from './holders.js';
import { pronoun } from './pronouns.js';

const OWNER_PRONOUNS: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she' };

/**
 * The stakeholders a subject span names: who is named outright (not inside a prepositional phrase),
 * which plan it is and who wrote it ("released by X", "the presidency's draft"), and the agents
 * after "by". Used for holders and for the sentence's main subject.
 */

/** Determiners skipped before a mention to find the preposition that governs it. */
const DETERMINERS_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/** Tokens that end the agent list after "by" (what /^[.;:!?—–()]$/ matched). */
const AGENT_LIST_END = new Set(['.', ';', ':', '!', '?', '—', '–', '(', ')']);

/**
 * Participles whose agent did not write the plan: "a study by X, reported by the Reader," is X's, and
 * "a draft, backed by Y," is not Y's. Y's stance, if any, is read where it is stated.
 */
const NOT_AUTHORING = new Set(['reported', 'summarised', 'summarized', 'described', 'publicised', 'publicized', 'highlighted', 'cited', 'quoted', 'covered', 'obtained', 'seen', 'reviewed', 'leaked', 'backed', 'supported', 'endorsed',
  'welcomed', 'praised', 'criticised', 'criticized', 'rejected', 'opposed', 'challenged', 'contested', 'disputed', 'questioned']);

/** Is k inside one of the skipped ranges (appositives)? */
function inSkipped(skipped: readonly [number, number][], k: number): boolean {
  for (const [a, b] of skipped) if (k >= a && k < b) return true;
  return false;
}

/**
 * Stakeholders in a subject span: named ones, not those inside prepositional phrases ("led by Colombia").
 * Loops and module-level sets rather than closures, slices and regex literals: this runs for most cues.
 */
export function pick(st: SentenceState, [s, e]: [number, number], skipped: [number, number][]): { entities: Entity[]; docHead?: number; authors: Entity[] } {
  const { tokens, mentions } = st;
  const entities: Entity[] = [];
  const authors: Entity[] = [];
  for (const m of mentions) {
    if (m.start < s || m.start >= e || inSkipped(skipped, m.start)) continue;
    let p = m.start - 1;
    // "to the EU's Court of Justice": the owner before the name is no part of what governs it.
    if (p >= s && tokens[p]!.kind === 'poss') {
      const owner = mentionAt(mentions, p - 1);
      if (owner) p = owner.start - 1;
    }
    while (p >= s && DETERMINERS_BEFORE.has(tokens[p]!.lower)) p--;
    // "Its director for southern Europe": a modifier may sit between the preposition and the name.
    if (p > s && tokens[p]!.kind === 'word' && !tokens[p]!.cap && !verbish(tokens[p]) && PREPOSITIONS.has(tokens[p - 1]!.lower)) p--;
    if (p >= s && PREPOSITIONS.has(tokens[p]!.lower) && !COLLECTIVES.has(tokens[p - 1]?.lower ?? '')) continue;
    if (m.kind === 'adjective') {
      authors.push(m.entity);
      continue;
    }
    if (m.possessive) {
      // The words after the possessive ("the union's chief negotiator"): a plan, or a person or body of the owner.
      let doc = false;
      for (let k = m.end + 1; k < e && k < tokens.length && !doc; k++) doc = DOC_NOUNS.has(tokens[k]!.lower);
      if (doc) authors.push(m.entity);
      else {
        let member = false;
        for (let k = m.end + 1; k < e && k < tokens.length && !member; k++) member = !!(ROLE_SET.at(tokens, k) || STATE_NOUN_SET.at(tokens, k) || COLLECTIVES.has(tokens[k]!.lower));
        if (member) entities.push(m.entity);
      }
      continue;
    }
    if (!entities.includes(m.entity)) entities.push(m.entity);
  }
  if (!authors.length && !entities.length) {
    const owner = pluralOwner(st, s, e);
    if (owner) authors.push(owner);
  }
  let last = e - 1;
  for (let k = s; k < e; k++) if (PREPOSITIONS.has(tokens[k]!.lower) && k > s && !mentionAt(mentions, k)) last = Math.min(last, k - 1);
  while (last >= s && (tokens[last]!.kind === 'punct' || inSkipped(skipped, last))) last--;
  const head = tokens[last];
  const headInMention = !!mentionAt(mentions, last);
  const isDoc = head && !headInMention && (DOC_NOUNS.has(head.lower) || st.discourse.acronyms.has(head.lower));
  return { entities, authors, ...(isDoc ? { docHead: last } : {}) };
}

/** "The publishers' opening proposal": a plural owner that is a word of a body's name (the National Music Publishers Council) owns the plan. */
function pluralOwner(st: SentenceState, s: number, e: number): Entity | undefined {
  const { tokens } = st;
  for (let k = s; k + 2 < e; k++) {
    const t = tokens[k]!;
    if (tokens[k + 1]!.kind !== 'poss' || t.kind !== 'word' || t.cap || !t.lower.endsWith('s')) continue;
    for (let j = k + 2; j < e; j++) if (DOC_NOUNS.has(tokens[j]!.lower)) return st.registry.byNameWord(t.lower);
    return undefined;
  }
  return undefined;
}

/** The plan a subject names and its author: "released … by X", "the presidency's draft", "the U.S. proposal", or the plan named before. */
export function documentOf(st: SentenceState, [s, e]: [number, number], skipped: [number, number][], head: number, authors: Entity[]): DocInfo | undefined {
  const headWord = st.tokens[head]!.lower;
  // "A study by the Housing Lab recommended …": the author right after the plan's head.
  // "An analysis of the district's finances by the Budget Center": past an "of" phrase too.
  let k = head + 1;
  if (st.tokens[k]?.lower === 'of') while (k < e && k - head < 8 && st.tokens[k]!.lower !== 'by' && st.tokens[k]!.kind !== 'punct') k++;
  let by: Entity[] = st.tokens[k]?.lower === 'by' && k + 1 < e ? afterBy(st, k + 1) : [];
  for (const [a, b] of skipped) {
    if (by.length) break;
    const k = st.tokens.slice(a, b).findIndex((t) => t.lower === 'by');
    // ", summarised last month by the Ledger,": whoever reported it did not write it.
    if (k >= 0 && !st.tokens.slice(a, a + k).some((t) => NOT_AUTHORING.has(t.lower))) by = afterBy(st, a + k + 1);
  }
  const label = st.tokens
    .slice(s, e)
    .filter((t, k) => (t.kind !== 'punct' || t.text === '-') && !skipped.some(([a, b]) => s + k >= a && s + k < b))
    .map((t) => t.text)
    .join(' ')
    .replace(/^(?:the|a|an|this|its|their)\s+/i, '');
  const explicit = by.length ? by : authors;
  if (explicit.length) return st.discourse.addDoc(headWord, label, explicit);
  // "Its proposal would hold …", "its debt sustainability analysis requires …": the owner the pronoun refers to wrote it,
  // whoever wrote the last plan with that head.
  const ownerPronoun = OWNER_PRONOUNS[st.tokens[s]?.lower ?? ''];
  if (ownerPronoun) {
    const owner = pronoun(st, ownerPronoun, s)?.entities ?? [];
    return owner.length ? st.discourse.addDoc(headWord, label, owner) : undefined;
  }
  return st.discourse.doc(headWord);
}

/** Stakeholders after "by" (coordinated), until the clause ends. */
export function afterBy(st: SentenceState, from: number): Entity[] {
  const out: Entity[] = [];
  let commas = 0;
  for (let k = from; k < st.tokens.length && k - from < 20; k++) {
    const t = st.tokens[k]!;
    if (AGENT_LIST_END.has(t.text) || (t.text === ',' && ++commas > 1) || (k > from && verbish(t))) break;
    // "drawn up by the planning department and known as Rivergate 2040": a second participle, no second agent.
    if (t.lower === 'and' && participle(st.tokens[k + 1])) break;
    let m: Mention | undefined;
    for (const x of st.mentions) {
      if (x.start === k) {
        m = x;
        break;
      }
    }
    if (m) {
      if (m.kind !== 'adjective' && !out.includes(m.entity)) out.push(m.entity);
      k = m.end - 1;
    }
  }
  // "by the chair of the group, Norwegian ambassador X": the named person is the agent.
  const people = out.filter((e) => e.kind === 'Person');
  return people.length ? people : out;
}

const participle = (t: Token | undefined) => !!t && t.kind === 'word' && !t.cap && /(?:ed|wn|en)$/.test(t.lower) && t.lower !== 'then' && t.lower !== 'when';

const LEADING = new Set(['led', 'headed', 'spearheaded', 'represented', 'chaired']);

/** "Several member states, led by France, …": a group the article does not name, and the stakeholder leading it. */
export function ledBy(st: SentenceState, skipped: readonly [number, number][]): Entity[] {
  for (const [a, b] of skipped) {
    for (let k = Math.max(a, 0); k < b - 1 && k + 1 < st.tokens.length; k++) {
      if (LEADING.has(st.tokens[k]!.lower) && st.tokens[k + 1]!.lower === 'by' && (k === a + 1 || st.tokens[k - 1]?.lower === 'and')) return afterBy(st, k + 2);
    }
  }
  return [];
}
