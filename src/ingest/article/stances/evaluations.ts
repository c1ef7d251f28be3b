import type { Stance } from '../../../model/vocabulary.js';
import { NEGATIVE_EVALUATIONS, POSITIVE_EVALUATIONS, REPORTING } from '../lexicon/words.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import { resolveHolders, type SentenceState } from './holders.js';
import type { Candidate } from './sentence.js';

/**
 * A reported evaluation: "Japan said the waiver was unacceptable", "the union says the offer is
 * a non-starter", "Peru believes the deal would be a historic step". The speaker holds the stance the
 * evaluation gives on the subject of the reported clause. Only with a reporting or belief verb, so a
 * narrator's own judgement ("the plan is unworkable") is never given a holder.
 */
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'insist', 'insists', 'insisted',
  'maintain', 'maintains', 'maintained', 'contend', 'contends', 'contended', 'argue', 'argues', 'argued', 'say', 'says', 'said', 'declared', 'declares']);
const MEETINGS = new Set(['talks', 'meeting', 'meetings', 'discussions', 'negotiations', 'session', 'sessions', 'round', 'atmosphere', 'mood', 'dialogue', 'process', 'exchange', 'exchanges', 'visit', 'summit', 'call', 'conversation']);
const BE = /^(?:is|was|are|were|be|remains|remained|would|will)$/;
const SOFT = /^(?:be|simply|completely|totally|wholly|entirely|clearly|plainly|still|a|an|the|very|deeply|fundamentally|utterly|so|too|both)$/;
const ENTRY = { rest: [], stance: 'OPPOSED' as Stance, takes: 'np' as const, weight: 0.7, label: 'reported evaluation', first: 'said' };

export function reportedEvaluations(st: SentenceState, analysis: string, terms: TermRegistry): Candidate[] {
  const { tokens } = st;
  const out: Candidate[] = [];
  for (let r = 1; r < tokens.length - 3; r++) {
    const verb = tokens[r]!.lower;
    if (!(REPORTING.has(verb) || BELIEF.has(verb))) continue;
    let s = r + 1;
    if (tokens[s]?.lower === 'that') s++;
    // The reported clause's verb: "the waiver [for small boats] was | would be".
    let v = s + 1;
    while (v < tokens.length && v - s < 12 && !BE.test(tokens[v]!.lower) && tokens[v]!.kind !== 'punct') v++;
    if (!BE.test(tokens[v]?.lower ?? '') || v === s) continue;
    let e = v + 1;
    while (e < tokens.length && e - v < 5 && SOFT.test(tokens[e]!.lower)) e++;
    const word = tokens[e]?.lower ?? '';
    const stance: Stance | undefined = NEGATIVE_EVALUATIONS.has(word) ? 'OPPOSED' : POSITIVE_EVALUATIONS.has(word) ? 'SUPPORTED' : undefined;
    if (!stance || /^(?:not|n't|never)$/.test(tokens[v + 1]?.lower ?? '')) continue;
    // Who speaks: the subject of the reporting verb, read like any cue's holder.
    const holders = resolveHolders(st, { start: r, end: r + 1, entry: { ...ENTRY, stance }, passive: false, participle: false }, 0);
    if (!holders?.entities.length || holders.negated) continue;
    // "the talks were constructive" judges a meeting, not a proposal.
    if (MEETINGS.has(tokens[v - 1]!.lower)) continue;
    const clean = cleanTerm(analysis, tokens, [s, v], st.mentions, (h) => st.discourse.phrases.get(h));
    if (!clean || clean.generic || clean.harm || st.mentions.some((m) => m.start >= s && m.end <= v && m.kind !== 'adjective' && !m.possessive)) continue;
    const { term, isNew } = terms.resolve(clean.text, clean.stems);
    for (const holder of holders.entities) out.push({ holder, term, termIsNew: isNew, stance, confidence: 0.6, note: `"${tokens[r]!.text} … ${tokens[e]!.text}": a reported evaluation` });
    st.discourse.note({ holders: holders.entities, term, stance });
  }
  return out;
}
