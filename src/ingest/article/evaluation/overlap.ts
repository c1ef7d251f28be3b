import type { Dataset } from '../../../model/dataset.js';
import type { Extraction } from '../schema.js';

/**
 * How much of a curated dataset an extraction of the same article reproduces, on exact
 * (holder id, stance, term id) triples. The curated dataset also records stances it infers (the
 * curator's notes say so), which a sentence-level extractor is not meant to find.
 */
export interface Overlap {
  curated: number;
  extracted: number;
  shared: number;
  /** shared / curated */
  recall: number;
  /** shared / extracted */
  precision: number;
  missing: string[];
  extra: string[];
  /** Shared triples where an extracted quote equals a curated quote for that triple. */
  sameQuote: number;
}

export function curatedOverlap(x: Extraction, dataset: Dataset): Overlap {
  const curated = new Map<string, Set<string>>();
  for (const p of dataset.positions) {
    const k = `${p.holder} ${p.stance} ${p.term}`;
    const quotes = curated.get(k) ?? new Set<string>();
    if (p.quote) quotes.add(p.quote);
    curated.set(k, quotes);
  }
  const extracted = new Map<string, Set<string>>();
  for (const p of x.positions) {
    const k = `${p.holderId} ${p.stance} ${p.termId}`;
    extracted.set(k, (extracted.get(k) ?? new Set()).add(p.quote));
  }
  const shared = [...extracted.keys()].filter((k) => curated.has(k));
  return {
    curated: curated.size,
    extracted: extracted.size,
    shared: shared.length,
    recall: curated.size ? shared.length / curated.size : 1,
    precision: extracted.size ? shared.length / extracted.size : 1,
    missing: [...curated.keys()].filter((k) => !extracted.has(k)).sort(),
    extra: [...extracted.keys()].filter((k) => !curated.has(k)).sort(),
    sameQuote: shared.filter((k) => [...extracted.get(k)!].some((q) => curated.get(k)!.has(q))).length,
  };
}
