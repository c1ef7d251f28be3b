import type { TermRegistry } from '../terms/registry.js';
import type { Candidate } from './sentence.js';
import type { DocInfo } from './discourse.js';
import type { SentenceState } from './holders.js';
import { objectOf } from './objects.js';
import { cleanTerm } from '../terms/clean.js';
import { DOC_NOUNS } from '../lexicon/words.js';
import { opensConjunct } from './object-span.js';
import { afterBy } from './subject-span.js';

/**
 * What a plan would do is what its author proposes: "The draft would ban subsidies that … but exempt
 * small-scale fishers", "The bill would mandate staffing ratios". Applies when the sentence's subject
 * is a plan with a known author and its verb is "would/will/could" + a verb that is not a cue, or a
 * present verb of setting ("sets", "caps").
 */
const MODAL = new Set(['would', 'will', 'could', 'should', 'can']);
const VERB_ADVERBS = new Set(['also', 'only', 'effectively', 'still']);
const NOT_CONTENT_VERBS = new Set(['be', 'have', 'not', "n't"]);
/**
 * Present-tense verbs that state what a plan lays down ("The draft sets a royalty of 2%", "The bill caps
 * rents"): a closed list of verbs of setting and limiting, since most present verbs after a plan
 * ("The report argues", "The plan faces") describe it rather than say what it contains.
 */
const PRESENT_CONTENT = new Set(['sets', 'caps', 'imposes', 'establishes', 'creates', 'bans', 'limits', 'allows', 'raises', 'cuts', 'lowers',
  'extends', 'exempts', 'grants', 'abolishes', 'phases', 'freezes', 'doubles', 'halves', 'scraps', 'restricts', 'prohibits', 'mandates', 'replaces', 'bars',
  'requires', 'ends', 'introduces', 'reduces', 'increases', 'removes']);
const ENTRY = { rest: [], stance: 'PROPOSED' as const, takes: 'vp' as const, weight: 0.7, label: 'plan content', first: 'would' };

export function planContents(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  // Cheap test first: the sentence's subject is only worked out when a modal is there.
  let modal = false;
  for (let k = 0; k < st.tokens.length && !modal; k++) modal = MODAL.has(st.tokens[k]!.lower) || PRESENT_CONTENT.has(st.tokens[k]!.lower);
  if (!modal) return [];
  const doc = st.main.doc;
  const v = st.mainVerb;
  if (!doc?.authors.length || v === undefined || v < 0) return [];
  const present = PRESENT_CONTENT.has(st.tokens[v]!.lower);
  if (!present && !MODAL.has(st.tokens[v]!.lower)) return [];
  // "would set X" reads from the verb after the modal; "sets X" from the verb itself.
  let k = present ? v : v + 1;
  while (st.tokens[k] && VERB_ADVERBS.has(st.tokens[k]!.lower)) k++;
  if (cueStarts.has(k) || NOT_CONTENT_VERBS.has(st.tokens[k]?.lower ?? '')) return [];
  const object = objectOf(st.tokens, { end: k, entry: ENTRY }, cueStarts);
  return proposedBy(st, analysis, terms, doc, object?.phrases ?? [], `what "${doc.label}" ${present ? 'lays down' : 'would do'}`);
}

/** Each phrase, as a term, is proposed by the plan's authors and becomes one of the plan's terms. */
function proposedBy(st: SentenceState, analysis: string, terms: TermRegistry, doc: DocInfo, phrases: readonly [number, number][], note: string): Candidate[] {
  const out: Candidate[] = [];
  for (const range of phrases) {
    const clean = cleanTerm(analysis, st.tokens, range, st.mentions, (h) => st.discourse.phrases.get(h));
    if (!clean || clean.generic) continue;
    const { term, isNew } = terms.resolve(clean.text, clean.stems);
    for (const holder of doc.authors) out.push({ holder, term, termIsNew: isNew, stance: 'PROPOSED', confidence: 0.7, note });
    st.discourse.note({ holders: doc.authors, term, stance: 'PROPOSED' });
    if (!doc.terms.some((t) => t.id === term.id)) doc.terms.push(term);
  }
  return out;
}

/**
 * "Under the plan tabled in March by Pensions Minister X, workers who retire early would lose 4% …, and
 * the career requirement would rise to 44 years": each clause after the opening phrase is what the
 * plan's author proposes. The author is the agent after "by", a possessive or attributive owner
 * ("Under Norway's plan"), or the author of the plan with that head met before.
 */
export function underPlan(st: SentenceState, analysis: string, terms: TermRegistry): Candidate[] {
  const { tokens } = st;
  if (tokens[0]?.lower !== 'under') return [];
  let comma = 1;
  while (comma < tokens.length && comma < 30 && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') return [];
  let head = -1;
  for (let k = 1; k < comma && head < 0; k++) if (DOC_NOUNS.has(tokens[k]!.lower) && tokens[k + 1]?.kind !== 'poss') head = k;
  if (head < 0) return [];
  const by = tokens.findIndex((t, k) => k > head && k < comma && t.lower === 'by');
  const owners = st.mentions.filter((m) => m.start < head && m.start > 0 && (m.possessive || m.kind === 'adjective')).map((m) => m.entity);
  const authors = by > 0 ? afterBy(st, by + 1) : owners.length ? owners : (st.discourse.doc(tokens[head]!.lower)?.authors ?? []);
  if (!authors.length) return [];
  const doc = st.discourse.addDoc(tokens[head]!.lower, tokens[head]!.text, authors);
  return proposedBy(st, analysis, terms, doc, contentClauses(st, comma + 1), `what "${doc.label}" would do`);
}

/** The clauses of a sentence from `from`, split at ", and" / "; " before a new clause with its own modal verb. */
function contentClauses(st: SentenceState, from: number): [number, number][] {
  const { tokens } = st;
  const out: [number, number][] = [];
  let s = from;
  let modal = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (MODAL.has(t.lower)) modal = true;
    const split = (t.text === ',' && tokens[k + 1]?.lower === 'and') || t.text === ';';
    if (split && modal && opensConjunct(tokens[t.text === ';' ? k + 1 : k + 2])) {
      out.push([s, k]);
      s = t.text === ';' ? k + 1 : k + 2;
      modal = false;
    }
  }
  if (modal) out.push([s, tokens.length]);
  return out;
}
