import type { Stance } from '../../../model/vocabulary.js';

const P: Stance = 'PROPOSED';
const S: Stance = 'SUPPORTED';
const O: Stance = 'OPPOSED';

/** Nominal cues after a possessor: "Tehran's rejection of", "the union's demand for", "the American offer of". */
// A null prototype, so a word such as "constructor" is never taken for a cue.
export const NOMINAL_CUES: Record<string, { stance: Stance; preps: string[] }> = Object.assign(Object.create(null) as Record<string, { stance: Stance; preps: string[] }>, {
  demand: { stance: P, preps: ['for', 'that'] },
  demands: { stance: P, preps: ['for'] },
  proposal: { stance: P, preps: ['for', 'to', 'of'] },
  offer: { stance: P, preps: ['of', 'to'] },
  push: { stance: P, preps: ['for'] },
  insistence: { stance: P, preps: ['on', 'that'] },
  call: { stance: S, preps: ['for'] },
  calls: { stance: S, preps: ['for'] },
  support: { stance: S, preps: ['for', 'of'] },
  backing: { stance: S, preps: ['for', 'of'] },
  endorsement: { stance: S, preps: ['of'] },
  acceptance: { stance: S, preps: ['of'] },
  opposition: { stance: O, preps: ['to'] },
  rejection: { stance: O, preps: ['of'] },
  objection: { stance: O, preps: ['to'] },
  objections: { stance: O, preps: ['to'] },
  veto: { stance: O, preps: ['of', 'on'] },
});

/**
 * Nouns that state a stance when their holder is named around them ("a proposal by Japan to …",
 * "the Japanese proposal to …", "X, a key demand of the union"). Wider than NOMINAL_CUES, which the
 * term cleaner also uses to strip containers ("the threat of X" → X) and so stays conservative.
 */
export const NOMINAL_STANCES = new Map<string, { stance: Stance; preps: string[] }>(Object.entries({
  ...NOMINAL_CUES,
  proposals: { stance: P, preps: ['for', 'to', 'of'] },
  request: { stance: P, preps: ['for', 'to', 'that'] },
  requests: { stance: P, preps: ['for', 'to'] },
  plan: { stance: P, preps: ['for', 'to'] },
  plans: { stance: P, preps: ['for', 'to'] },
  bid: { stance: P, preps: ['for', 'to'] },
  recommendation: { stance: P, preps: ['for', 'to', 'that'] },
  suggestion: { stance: P, preps: ['of', 'that'] },
  appeal: { stance: S, preps: ['for'] },
  appeals: { stance: S, preps: ['for'] },
  commitment: { stance: S, preps: ['to'] },
  preference: { stance: S, preps: ['for'] },
  approval: { stance: S, preps: ['of'] },
  endorsements: { stance: S, preps: ['of'] },
  resistance: { stance: O, preps: ['to'] },
  hostility: { stance: O, preps: ['to', 'toward', 'towards'] },
  criticism: { stance: O, preps: ['of'] },
  condemnation: { stance: O, preps: ['of'] },
  reservations: { stance: O, preps: ['about', 'over'] },
  boycott: { stance: O, preps: ['of'] },
}));

/** Heads of an appositive that names a holder's demand: "X, a key demand of the union" / "X — Japan's main proposal —". */
export const APPOSITIVE_STANCES = new Map<string, Stance>(Object.entries({
  demand: P, proposal: P, request: P, condition: P, precondition: P, priority: P, idea: P, offer: P, plan: P, ask: P,
}));

/** Nouns for how a plan was received ("drew support from X", "faces resistance from Y"). */
export const RECEPTION = new Map<string, Stance>(Object.entries({
  support: 'SUPPORTED', backing: 'SUPPORTED', praise: 'SUPPORTED', endorsement: 'SUPPORTED', endorsements: 'SUPPORTED', approval: 'SUPPORTED',
  opposition: 'OPPOSED', resistance: 'OPPOSED', criticism: 'OPPOSED', objections: 'OPPOSED', pushback: 'OPPOSED', condemnation: 'OPPOSED', fire: 'OPPOSED',
  flak: 'OPPOSED', hostility: 'OPPOSED', scepticism: 'OPPOSED', skepticism: 'OPPOSED',
}) as [string, Stance][]);

/** Nouns for what a holder is ("a vocal critic of X", "a longtime supporter of X"). */
export const AGENT_NOUNS = new Map<string, Stance>(Object.entries({
  critic: 'OPPOSED', critics: 'OPPOSED', opponent: 'OPPOSED', opponents: 'OPPOSED', foe: 'OPPOSED', detractor: 'OPPOSED',
  supporter: 'SUPPORTED', supporters: 'SUPPORTED', backer: 'SUPPORTED', backers: 'SUPPORTED', proponent: 'SUPPORTED', proponents: 'SUPPORTED',
  advocate: 'SUPPORTED', advocates: 'SUPPORTED', champion: 'SUPPORTED', champions: 'SUPPORTED', defender: 'SUPPORTED', architect: 'PROPOSED',
  author: 'PROPOSED', sponsor: 'PROPOSED', sponsors: 'PROPOSED',
}) as [string, Stance][]);
