import { describe, expect, it } from 'vitest';
import { details, evaluateAll, markdown } from '../../../src/ingest/article/evaluate.js';

/**
 * Quality, measured: precision, recall and citation accuracy of (holder, stance, term) triples
 * against gold annotations, printed per article. data/articles/rounds.gold.yaml records how each article
 * was used: the first measurement of every round not tuned on fell short of the recall target, and
 * every round has since been tuned on. The assertions below therefore guard today's (tuned) quality
 * against regressions; they are not evidence of quality on new text (docs/extraction.md).
 */
const evaluated = evaluateAll();
console.log(`[quality]\n${markdown(evaluated)}\n${details(evaluated)}`);
const targets = { recall: 0.7, precision: 0.8, citationAccuracy: 0.9 };

describe('extraction quality against gold annotations', () => {
  const untuned = new Set(evaluated.rounds.filter((r) => !r.tunedOn).map((r) => r.name));
  const rounds = evaluated.totals.filter((t) => t.split !== 'tune' && !untuned.has(t.split));
  const fresh = evaluated.totals.filter((t) => untuned.has(t.split));

  it('has at least three annotated articles besides the ones written for tuning', () => {
    expect(rounds.reduce((n, t) => n + t.articles, 0) + fresh.reduce((n, t) => n + t.articles, 0)).toBeGreaterThanOrEqual(3);
  });

  // A round nobody has tuned on is the honest estimate: it is reported against the targets, and
  // guarded against getting worse than its first measurement, but not held to targets it missed.
  it.each(fresh.map((t) => [t.split, t] as const))('does not fall below the first measurement of the untuned %s round', (name, t) => {
    const m = evaluated.rounds.find((r) => r.name === name)!.measured!;
    const meets = t.recall >= targets.recall && t.precision >= targets.precision && t.citationAccuracy >= targets.citationAccuracy && t.inverted === 0;
    console.log(`[quality] ${name} (never tuned on): P ${t.precision.toFixed(2)} R ${t.recall.toFixed(2)} CA ${t.citationAccuracy.toFixed(2)} inverted ${t.inverted} → ${meets ? 'meets' : 'does NOT meet'} the targets`);
    expect(t.recall).toBeGreaterThanOrEqual(m.recall - 0.005);
    expect(t.precision).toBeGreaterThanOrEqual(m.precision - 0.005);
    expect(t.citationAccuracy).toBeGreaterThanOrEqual(m.citationAccuracy - 0.005);
    expect(t.inverted).toBeLessThanOrEqual(m.inverted);
  });

  it.each(rounds.map((t) => [t.split, t] as const))('keeps %s articles at the targets (recall ≥ 0.7, precision ≥ 0.8, citations ≥ 0.9)', (_, t) => {
    expect(t.recall).toBeGreaterThanOrEqual(targets.recall);
    expect(t.precision).toBeGreaterThanOrEqual(targets.precision);
    expect(t.citationAccuracy).toBeGreaterThanOrEqual(targets.citationAccuracy);
  });

  it('never records an opposer as a supporter (or the reverse) in any article it was tuned on', () => {
    const roundOf = (name: string) => evaluated.rounds.find((r) => r.articles.includes(name))?.name ?? '';
    for (const r of evaluated.results.filter((r) => !untuned.has(roundOf(r.article.name)))) expect(r.score.invertedTriples, r.article.name).toEqual([]);
  });

  it('reports, from the log, how the untuned first measurements compared with the targets', () => {
    const first = evaluated.rounds.filter((r) => r.measured);
    expect(first.length).toBeGreaterThanOrEqual(2);
    for (const r of first) {
      const m = r.measured!;
      const meets = m.recall >= targets.recall && m.precision >= targets.precision && m.citationAccuracy >= targets.citationAccuracy && m.inverted === 0;
      console.log(`[quality] ${r.name} first measurement: P ${m.precision} R ${m.recall} CA ${m.citationAccuracy} inverted ${m.inverted} → ${meets ? 'met the targets' : 'did NOT meet the targets'}`);
    }
  });

  it('reproduces every curated position the seed article states in a sentence', () => {
    const seed = evaluated.results.find((r) => r.article.name.startsWith('nss-2025'))!;
    expect(seed.score.recall).toBe(1);
    const o = evaluated.overlap;
    console.log(`[quality] seed vs curated dataset: ${o.shared}/${o.curated} curated triples reproduced, ${o.shared}/${o.extracted} extracted triples curated`);
    expect(o.shared).toBeGreaterThanOrEqual(seed.score.recalled);
    expect(o.precision).toBeGreaterThanOrEqual(0.9);
  });
});
