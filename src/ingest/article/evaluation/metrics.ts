import type { Stance } from '../../../model/vocabulary.js';
import type { Extraction } from '../schema.js';
import { isReversal } from '../terms/registry.js';
import { contentStems, dice } from '../text/normalise.js';
import type { Gold, GoldTerm } from './gold.js';

/**
 * Scores an extraction against gold annotations, on (holder, stance, term) triples.
 * - A term matches when the ids are equal, or when the Dice coefficient of content-word stems between
 *   the extracted label and the gold label or any gold mention is ≥ TERM_MATCH_THRESHOLD, with the
 *   same polarity (a "dropping X" label never matches an "X" label).
 * - Precision: extracted triples that match a gold triple (required or optional) / extracted triples.
 * - Recall: required gold triples matched / required gold triples.
 * - Citation accuracy: of the matched extracted triples, those whose every position cites exactly the
 *   sources of one gold entry of that triple (reference numbers and link URLs; none = the article).
 * - Inverted: extracted triples that match no gold entry but are on the other side (OPPOSED vs
 *   PROPOSED/SUPPORTED) of a gold entry with the same holder and term, or that equal a `mustNot` entry.
 */
export const TERM_MATCH_THRESHOLD = 0.5;

export interface Triple {
  holder: string;
  stance: Stance;
  term: { id: string; label: string };
  /** Each position's cited sources, as keys. */
  sourceSets: string[][];
}

export interface ArticleScore {
  extracted: number;
  required: number;
  truePositives: number;
  recalled: number;
  precision: number;
  recall: number;
  citationAccuracy: number;
  inverted: number;
  falsePositives: string[];
  missed: string[];
  invertedTriples: string[];
  citationErrors: string[];
}

const side = (s: Stance) => (s === 'OPPOSED' ? 'against' : 'for');
/** Cited sources as one comparable key: reference numbers and link URLs, in any order, each once. */
export const key = (xs: readonly (string | number)[]) => [...new Set(xs.map(String))].sort().join(',');

export function termMatches(extracted: { id: string; label: string }, gold: GoldTerm): boolean {
  if (gold.id && extracted.id === gold.id) return true;
  const stems = contentStems(extracted.label);
  return [gold.label, ...gold.mentions].some((text) => {
    const g = contentStems(text);
    return isReversal(stems) === isReversal(g) && dice(stems, g) >= TERM_MATCH_THRESHOLD;
  });
}

export function triplesOf(x: Extraction): Triple[] {
  const linkUrls = new Map(x.sources.filter((s) => !s.number && !s.isArticle).map((s) => [s.id, s.url]));
  const terms = new Map(x.terms.map((t) => [t.id, t]));
  const byKey = new Map<string, Triple>();
  for (const p of x.positions) {
    const k = `${p.holderId} ${p.stance} ${p.termId}`;
    const t = byKey.get(k) ?? { holder: p.holderId, stance: p.stance, term: { id: p.termId, label: terms.get(p.termId)?.label ?? p.termId }, sourceSets: [] };
    const links = p.sourceIds.map((s) => linkUrls.get(s)).filter((u): u is string => !!u);
    t.sourceSets.push([...p.citations.map(String), ...links]);
    byKey.set(k, t);
  }
  return [...byKey.values()];
}

export function score(x: Extraction, gold: Gold): ArticleScore {
  const triples = triplesOf(x);
  const matches = (t: Triple, g: { holder: string[]; stance: Stance; term: GoldTerm }) => g.holder.includes(t.holder) && g.stance === t.stance && termMatches(t.term, g.term);
  const describe = (t: Triple) => `${t.holder} ${t.stance} "${t.term.label}"`;
  const falsePositives: string[] = [];
  const invertedTriples: string[] = [];
  const citationErrors: string[] = [];
  let truePositives = 0;
  let citedRight = 0;
  for (const t of triples) {
    const entries = gold.positions.filter((g) => matches(t, g));
    const inverted =
      gold.mustNot.some((g) => matches(t, g)) ||
      (entries.length === 0 && gold.positions.some((g) => g.holder.includes(t.holder) && side(g.stance) !== side(t.stance) && termMatches(t.term, g.term)));
    if (inverted) invertedTriples.push(describe(t));
    if (entries.length === 0) {
      falsePositives.push(describe(t));
      continue;
    }
    truePositives++;
    const acceptable = new Set(entries.map((g) => key(g.sources)));
    if (t.sourceSets.every((s) => acceptable.has(key(s)))) citedRight++;
    else citationErrors.push(`${describe(t)}: cited [${t.sourceSets.map(key).join(' | ')}], gold [${[...acceptable].join(' | ')}]`);
  }
  const required = groupRequired(gold);
  const missed = required.filter((g) => !triples.some((t) => matches(t, g)));
  const recalled = required.length - missed.length;
  return {
    extracted: triples.length,
    required: required.length,
    truePositives,
    recalled,
    precision: triples.length ? truePositives / triples.length : 1,
    recall: required.length ? recalled / required.length : 1,
    citationAccuracy: truePositives ? citedRight / truePositives : 1,
    inverted: invertedTriples.length,
    falsePositives,
    missed: missed.map((g) => `${g.holder.join('|')} ${g.stance} "${g.term.label}"`),
    invertedTriples,
    citationErrors,
  };
}

/** Required gold triples: entries for the same holder, stance and term count once. */
export function groupRequired(gold: Gold) {
  const seen = new Map<string, Gold['positions'][number]>();
  for (const g of gold.positions) {
    if (g.optional) continue;
    const k = `${g.holder.join('|')} ${g.stance} ${g.term.id ?? g.term.label}`;
    if (!seen.has(k)) seen.set(k, g);
  }
  return [...seen.values()];
}
