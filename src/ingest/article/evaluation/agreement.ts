import type { Gold, GoldPosition } from './gold.js';
import { groupRequired, key, termMatches } from './metrics.js';

/**
 * How far two people annotating the same article agree, scored the way the extractor is scored
 * (metrics.ts): the second annotator's required entries play the extractor's triples against the
 * first annotator's gold. That puts a ceiling next to the extractor's numbers: a recall target the
 * annotators themselves do not reach says more about the task than about the rules.
 *
 * Holders match when the two lists of alternative ids share one. Terms match under the extractor's
 * rule, with the second annotator's label in the extractor's place; `anyPhrase` also tries each of
 * their mentions, which is kinder to a person than the extractor is scored.
 */
export interface Agreement {
  /** The first annotator's required triples. */
  required: number;
  /** The second annotator's required triples. */
  proposed: number;
  /** Second-annotator triples that match any first-annotator entry, optional ones included. */
  matched: number;
  /** First-annotator required triples that the second annotator also marked required. */
  recalled: number;
  precision: number;
  recall: number;
  /** Of the matched triples, those citing exactly the sources of a matching first-annotator entry. */
  citationAccuracy: number;
  /** Triples the two read on opposite sides (OPPOSED vs PROPOSED/SUPPORTED). */
  opposite: number;
}

type Entry = Pick<GoldPosition, 'holder' | 'stance' | 'term' | 'sources'>;

const side = (e: Entry) => (e.stance === 'OPPOSED' ? 'against' : 'for');
const sourceKey = (e: Entry) => key(e.sources);
const sameHolder = (a: Entry, b: Entry) => a.holder.some((h) => b.holder.includes(h));

export function compareAnnotations(reference: Gold, other: Gold, { anyPhrase = false } = {}): Agreement {
  const sameTerm = (o: Entry, r: Entry) =>
    (anyPhrase ? [o.term.label, ...o.term.mentions] : [o.term.label]).some((label) => termMatches({ id: o.term.id ?? '', label }, r.term));
  const agree = (o: Entry, r: Entry) => sameHolder(o, r) && o.stance === r.stance && sameTerm(o, r);
  const proposed = groupRequired(other);
  const required = groupRequired(reference);
  let matched = 0;
  let citedRight = 0;
  let opposite = 0;
  for (const o of proposed) {
    const entries = reference.positions.filter((r) => agree(o, r));
    if (entries.length === 0) {
      if (reference.positions.some((r) => sameHolder(o, r) && side(o) !== side(r) && sameTerm(o, r))) opposite++;
      continue;
    }
    matched++;
    if (entries.some((r) => sourceKey(r) === sourceKey(o))) citedRight++;
  }
  const recalled = required.filter((r) => proposed.some((o) => agree(o, r))).length;
  return {
    required: required.length,
    proposed: proposed.length,
    matched,
    recalled,
    precision: proposed.length ? matched / proposed.length : 1,
    recall: required.length ? recalled / required.length : 1,
    citationAccuracy: matched ? citedRight / matched : 1,
    opposite,
  };
}
