import { COLLECTIVES, DOC_NOUNS, PREPOSITIONS } from '../lexicon/words.js';
import { ROLE_SET, STATE_NOUN_SET } from '../stakeholders/patterns.js';
import type { Entity } from '../stakeholders/registry.js';
import { verbish } from './clauses.js';
import type { DocInfo } from './discourse.js';
import { type SentenceState } from './holders.js';

/**
 * The stakeholders a subject span names: who is named outright (not inside a prepositional phrase),
 * which plan it is and who wrote it ("released by X", "the presidency's draft"), and the agents
 * after "by". Used for holders and for the sentence's main subject.
 */

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
export function afterBy(st: SentenceState, from: number): Entity[] {
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
