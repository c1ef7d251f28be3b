import { NOMINAL_STANCES } from '../lexicon/nominal-cues.js';
import type { Mention } from '../stakeholders/detect.js';
import type { Entity } from '../stakeholders/registry.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import type { Token } from '../text/tokens.js';
import type { SentenceState } from './holders.js';
import { objectOf } from './objects.js';
import type { Candidate } from './sentence.js';

/**
 * Stance nouns whose holder is named by an agent phrase or an attributive stakeholder rather than a
 * possessive (which nominal.ts reads): "a proposal by Japan to cap quotas", "calls from Peru for a
 * waiver", "the Japanese proposal to cap quotas". A noun inside a cue's object was read by that cue.
 */
const ENTRY = { rest: [], takes: 'np' as const, weight: 0.65, label: 'nominal', first: 'nominal' };
const MODIFIERS = /^(?:new|fresh|renewed|latest|revised|formal|joint|repeated|growing|strong|firm|long-standing|longstanding|key|main|central|initial|original|earlier|rival|competing|own)$/;

export function nominalAgents(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  const { tokens, mentions } = st;
  const out: Candidate[] = [];
  const covered = (k: number) => st.previous.some((p) => k >= p.objectStart && k < p.objectEnd);
  for (let k = 0; k < tokens.length; k++) {
    const noun = NOMINAL_STANCES.get(tokens[k]!.lower);
    if (!noun || tokens[k]!.cap) continue;
    // An agent names the holder outright, even inside another cue's object ("rejected a request from X to …").
    const found = agentAfter(tokens, mentions, k, noun.preps) ?? (covered(k) ? undefined : ownerBefore(tokens, mentions, k, noun.preps));
    if (!found) continue;
    const object = objectOf(tokens, { end: found.objectStart, entry: { ...ENTRY, stance: noun.stance } }, cueStarts);
    for (const range of object?.phrases ?? []) {
      const clean = cleanTerm(analysis, tokens, range, mentions, (h) => st.discourse.phrases.get(h));
      if (!clean || clean.generic || clean.harm) continue;
      const { term, isNew } = terms.resolve(clean.text, clean.stems);
      out.push({ holder: found.holder, term, termIsNew: isNew, stance: noun.stance, confidence: 0.65, note: `nominal "${tokens[k]!.text}" ${found.how}` });
      st.discourse.note({ holders: [found.holder], term, stance: noun.stance });
    }
  }
  return out;
}

/** "proposal by Japan to …", "calls from Peru for …": the agent, then the noun's own preposition. */
function agentAfter(tokens: readonly Token[], mentions: readonly Mention[], k: number, preps: string[]): { holder: Entity; objectStart: number; how: string } | undefined {
  if (!/^(?:by|from)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  const m = mentions.find((x) => x.start === k + 2 || (x.start === k + 3 && tokens[k + 2]!.lower === 'the'));
  if (!m || m.kind === 'adjective') return undefined;
  const after = m.end + (m.possessive ? 1 : 0);
  const prep = tokens[after]?.lower ?? '';
  if (!preps.includes(prep)) return undefined;
  return { holder: m.entity, objectStart: after + 1, how: `with agent "${tokens[k + 1]!.text}"` };
}

/** "the Japanese proposal to …", "a U.S. offer of …": an attributive stakeholder after a determiner. */
function ownerBefore(tokens: readonly Token[], mentions: readonly Mention[], k: number, preps: string[]): { holder: Entity; objectStart: number; how: string } | undefined {
  if (!preps.includes(tokens[k + 1]?.lower ?? '')) return undefined;
  let p = k - 1;
  while (p >= 0 && k - p <= 2 && MODIFIERS.test(tokens[p]!.lower)) p--;
  const m = mentions.find((x) => x.end === p + 1 && x.kind === 'adjective');
  if (!m || !/^(?:a|an|the)$/.test(tokens[m.start - 1]?.lower ?? '')) return undefined;
  return { holder: m.entity, objectStart: k + 2, how: 'with an attributive owner' };
}
