import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/article/extract.js';
import { example } from './fixtures.js';

/** (holder, stance, term label) of every claim in a one-paragraph article. */
function claims(body: string) {
  const x = extractArticle(`A test article\nDate: 2025-05-01\n\n${body}\n`, example.stakeholders, example.terms);
  const label = new Map(x.terms.map((t) => [t.id, t.label]));
  return x.positions.map((p) => ({ holder: p.holderId, stance: p.stance, term: label.get(p.termId)!, confidence: p.confidence }));
}
const triples = (body: string) => claims(body).map((c) => `${c.holder} ${c.stance} ${c.term}`);

describe('stance cues', () => {
  it.each([
    ['Iran proposed a prisoner swap.', 'inst:iran PROPOSED prisoner swap'],
    ['Iran put forward a prisoner swap.', 'inst:iran PROPOSED prisoner swap'],
    ['Iran demands a prisoner swap.', 'inst:iran PROPOSED prisoner swap'],
    ['Iran insisted on a prisoner swap.', 'inst:iran PROPOSED prisoner swap'],
    ['Iran pushed for a prisoner swap.', 'inst:iran PROPOSED prisoner swap'],
    ['Iran welcomed a prisoner swap.', 'inst:iran SUPPORTED prisoner swap'],
    ['Iran praised a prisoner swap.', 'inst:iran SUPPORTED prisoner swap'],
    ['Iran backed a prisoner swap.', 'inst:iran SUPPORTED prisoner swap'],
    ['Iran agreed to a prisoner swap.', 'inst:iran SUPPORTED prisoner swap'],
    ['Iran accepted a prisoner swap.', 'inst:iran SUPPORTED prisoner swap'],
    ['Iran called for a prisoner swap.', 'inst:iran SUPPORTED prisoner swap'],
    ['Iran rejected a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran opposes a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran pushed back on a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran criticised a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran ruled out a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran is unwilling to swap prisoners.', 'inst:iran OPPOSED swap prisoners'],
    ['Iran vowed to veto a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
  ])('%s', (sentence, expected) => {
    expect(triples(sentence)).toEqual([expected]);
  });
});

describe('negation never produces an inverted stance', () => {
  it.each([
    'Iran did not reject a prisoner swap.',
    'Iran has not ruled out a prisoner swap.',
    'Iran never proposed a prisoner swap.',
    'Neither Iran nor Israel has rejected a prisoner swap.',
    'Iran did not oppose a prisoner swap outright, diplomats said.',
    'Iran no longer supports a prisoner swap.',
    'Iran stopped short of endorsing a prisoner swap.',
  ])('%s → nothing', (sentence) => {
    expect(triples(sentence)).toEqual([]);
  });

  it.each([
    ['Iran refused to accept a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran would not accept a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran has declined to back a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
    ['Iran would never accept a prisoner swap.', 'inst:iran OPPOSED prisoner swap'],
  ])('%s → opposition', (sentence, expected) => {
    expect(triples(sentence)).toEqual([expected]);
  });
});

describe('sentence structure', () => {
  it('lowers the confidence of attributed and hedged claims', () => {
    const [plain] = claims('Iran rejected a prisoner swap.');
    const [reported] = claims('Iran reportedly rejected a prisoner swap.');
    const [according] = claims('Iran rejected a prisoner swap, according to two diplomats.');
    expect(reported!.confidence).toBeLessThan(plain!.confidence);
    expect(according!.confidence).toBeLessThan(plain!.confidence);
  });

  it('reads passives and reduced clauses with an agent', () => {
    expect(triples('A prisoner swap was rejected by Iran.')).toEqual(['inst:iran OPPOSED prisoner swap']);
    expect(triples('A prisoner swap, backed by Qatar, stalled.')).toEqual(['inst:qatar SUPPORTED prisoner swap']);
    expect(triples('Qatar proposed a prisoner swap, a move welcomed by Iran.')).toEqual(['inst:qatar PROPOSED prisoner swap', 'inst:iran SUPPORTED prisoner swap']);
  });

  it('reads relative clauses and coordinated holders', () => {
    expect(triples('The seed says: this change, which the Kremlin has praised, matters. Qatar proposed a prisoner swap. This change, which the Kremlin has praised, matters.'))
      .toContain('inst:kremlin SUPPORTED prisoner swap');
    expect(triples('Ukraine and its European allies have largely rejected a prisoner swap.')).toEqual(['inst:ukraine OPPOSED prisoner swap', 'inst:european-allies OPPOSED prisoner swap']);
    expect(triples('France, Germany and Britain, the so-called E3, backed a prisoner swap.')).toEqual([
      'inst:france SUPPORTED prisoner swap', 'inst:germany SUPPORTED prisoner swap', 'inst:united-kingdom SUPPORTED prisoner swap',
    ]);
  });

  it('shares a subject across coordinated predicates and reads pronouns', () => {
    expect(triples('Iran insisted on a prisoner swap and rejected new sanctions.')).toEqual(['inst:iran PROPOSED prisoner swap', 'inst:iran OPPOSED new sanctions']);
    expect(triples('Qatar tabled a draft on Monday, but it rejected new sanctions.')).toContain('inst:qatar OPPOSED new sanctions');
  });

  it('resolves "the demand" and "X\'s position" to the claims they refer to', () => {
    const t = triples('Israel demanded a prisoner swap. Iran rejected the demand. Qatar backed the Iranian position.');
    expect(t).toEqual(['inst:israel PROPOSED prisoner swap', 'inst:iran OPPOSED prisoner swap', 'inst:qatar OPPOSED prisoner swap']);
  });

  it('reads stances stated as nouns, and "we" in a quote as the speaker', () => {
    expect(triples("Moscow's demand for a ceasefire was rejected by Kyiv.").sort()).toEqual(['inst:russia PROPOSED ceasefire', 'inst:ukraine OPPOSED ceasefire']);
    expect(triples('“We will not accept a pay freeze,” said union leader Jane Roe.')).toEqual(['person:jane-roe OPPOSED pay freeze']);
  });

  it('finds nothing where no stakeholder takes a stance', () => {
    expect(triples('The talks were complex. A prisoner swap was discussed. Analysts rejected nothing.')).toEqual([]);
  });
});
