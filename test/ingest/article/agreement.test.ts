import { describe, expect, it } from 'vitest';
import { agreementMarkdown, agreementRows } from '../../../src/ingest/article/agreement.js';
import { compareAnnotations } from '../../../src/ingest/article/evaluation/agreement.js';
import type { Gold, GoldPosition } from '../../../src/ingest/article/evaluation/gold.js';

const fare = { label: 'a flat bus fare of two euros', mentions: ['the two-euro fare'] };
const depot = { label: 'closing the Nordhafen depot', mentions: [] };
const position = (holder: string[], stance: GoldPosition['stance'], term: GoldPosition['term'], extra: Partial<GoldPosition> = {}): GoldPosition =>
  ({ holder, stance, term, sources: [1], optional: false, ...extra });
const gold = (positions: GoldPosition[]): Gold => ({ article: 'x.md', split: 'blind', positions, mustNot: [] });

describe('agreement between two annotators', () => {
  const first = gold([
    position(['inst:transit-union', 'person:ada-brun'], 'OPPOSED', depot),
    position(['inst:city-council'], 'PROPOSED', fare),
    position(['inst:riders-group'], 'SUPPORTED', fare, { optional: true }),
  ]);

  it('is perfect between an annotation and itself', () => {
    expect(compareAnnotations(first, first)).toMatchObject({ precision: 1, recall: 1, citationAccuracy: 1, opposite: 0 });
  });

  it('matches holders through any shared alternative id, and terms by label, or by any phrase when asked', () => {
    const second = gold([
      position(['person:ada-brun'], 'OPPOSED', { label: 'depot closure', mentions: ['close the Nordhafen depot'] }),
      position(['inst:city-council', 'inst:council'], 'PROPOSED', { label: 'two-euro flat fare', mentions: [] }),
    ]);
    expect(compareAnnotations(first, second)).toMatchObject({ proposed: 2, matched: 1, required: 2, recalled: 1 });
    expect(compareAnnotations(first, second, { anyPhrase: true })).toMatchObject({ proposed: 2, matched: 2, required: 2, recalled: 2 });
  });

  it('counts a required entry the other annotator left out, and one they read the other way', () => {
    const second = gold([
      position(['inst:transit-union'], 'SUPPORTED', depot),
      position(['inst:riders-group'], 'SUPPORTED', fare, { sources: [2] }),
    ]);
    const a = compareAnnotations(first, second);
    // The riders' entry matches an optional one: not a false positive, but cited differently.
    expect(a).toMatchObject({ required: 2, recalled: 0, proposed: 2, matched: 1, opposite: 1, citationAccuracy: 0 });
    expect(a.precision).toBe(0.5);
  });

  it('reads the committed second annotations, each next to a first one and the extractor', () => {
    const rows = agreementRows();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.secondVsFirst.required).toBeGreaterThan(0);
      expect(r.firstVsSecond.required).toBeGreaterThan(0);
      expect(r.secondVsFirst.recall).toBeGreaterThan(0);
    }
    console.log(`[agreement]\n${agreementMarkdown(rows)}`);
  });
});
