import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/article/extract.js';
import { cleanTerm } from '../../../src/ingest/article/terms/clean.js';
import { TermRegistry } from '../../../src/ingest/article/terms/registry.js';
import { contentStems, dice, stem } from '../../../src/ingest/article/text/normalise.js';
import { tokenize } from '../../../src/ingest/article/text/tokens.js';
import { example } from './fixtures.js';

describe('term normalisation', () => {
  it('stems inflections alike', () => {
    expect(new Set(['cede', 'cedes', 'ceded', 'ceding'].map(stem)).size).toBe(1);
    expect(stem('stabilise')).toBe(stem('stabilize'));
    expect(stem('favour')).toBe(stem('favor'));
    expect(contentStems('the initial terms of a deal')).toEqual(['initial', 'term', 'deal']);
    expect(dice(contentStems('formally cede territory'), contentStems('cede territory'))).toBe(1);
    expect(dice(contentStems('ceding significant territory'), contentStems('cede territory'))).toBeCloseTo(0.8);
  });

  it('strips determiners, quotes, "what they called" and container nouns', () => {
    const clean = (s: string) => cleanTerm(s, tokenize(s), [0, tokenize(s).length], [], () => undefined);
    expect(clean('the threat of snapback')?.text).toBe('snapback');
    expect(clean('what they called “unilateral trade measures”')?.text).toBe('unilateral trade measures');
    expect(clean('the demand outright')?.generic).toBe('demand');
    expect(clean('the initial terms')?.generic).toBe('parts');
    expect(clean('a tariff-rate quota that would let steel in duty-free')?.text).toBe('tariff-rate quota');
    expect(clean('the idea in principle')?.text).toBe('idea');
    expect(clean('a compromise under')?.text).toBe('compromise');
    expect(clean('its impact on Antwerp')).toBeUndefined();
    expect(clean('it')?.generic).toBe('pronoun');
    // Round 6: a leading time phrase, "without reservation", "instead", and a ballot's side are no part of a term.
    expect(clean('in June a formula for the pension fund')?.text).toBe('formula for the pension fund');
    expect(clean('the plan without reservation')?.text).toBe('plan');
    expect(clean('instead that fees be frozen')?.text).toBe('fees be frozen');
    expect(clean('a "no" vote')).toBeUndefined();
  });

  it('matches the graph\'s terms by label and alias, and keeps a reversal apart', () => {
    const reg = new TermRegistry(example.terms);
    expect(reg.resolve('territorial concessions').term.id).toBe('term:ukraine-cedes-donbas');
    expect(reg.resolve('a permanent bar on joining NATO').term.id).toBe('term:permanent-nato-bar');
    expect(reg.resolve('accountability for Russian war crimes').term.id).toBe('term:war-crimes-accountability');
    const dropped = reg.resolve('dropping security guarantees');
    expect(dropped.term.id).not.toBe('term:security-guarantees');
    expect(dropped.isNew).toBe(true);
  });

  it('makes the same term from two articles one node', () => {
    const first = extractArticle('One\nDate: 2025-01-01\n\nIran proposed a temporary cap on uranium enrichment.\n');
    const known = first.terms.map((t) => ({ id: t.id, label: t.label, aliases: t.aliases }));
    const second = extractArticle('Two\nDate: 2025-02-01\n\nThe EU backed the temporary caps on uranium enrichment.\n', [], known);
    expect(second.positions[0]!.termId).toBe(first.positions[0]!.termId);
    expect(second.terms[0]!.isNew).toBe(false);
  });
});
