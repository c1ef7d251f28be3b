import { DOC_NOUNS } from '../lexicon/words.js';

/** Word lists the term cleaner uses: generic heads and modifiers, attributes, stance nouns with agents or owners. */

export const GENERIC_ADJECTIVES = new Set(['initial', 'original', 'new', 'revised', 'latest', 'final', 'proposed', 'current', 'first', 'second', 'amended', 'updated',
  'entire', 'whole', 'full', 'earlier', 'previous', 'same', 'other', 'such', 'own', 'separate', 'rival', 'competing', 'alternative',
  // Evaluations of an offer say nothing about its content ("a fair offer", "a serious proposal").
  'fair', 'generous', 'reasonable', 'serious', 'credible', 'fresh', 'best', 'improved']);

export const ATTRIBUTES = new Set(['cost', 'costs', 'impact', 'scope', 'timing', 'wording', 'size', 'details', 'implications', 'effect', 'effects', 'legality',
  'design', 'pace', 'price', 'length', 'content', 'language', 'text', 'tone', 'framing', 'structure', 'form']);

/** The owner of these wants their content ("Egypt's decision to open the crossing"). */
export const OWN_CHOICES = new Set(['decision', 'willingness', 'readiness', 'commitment', 'pledge', 'promise', 'efforts', 'attempt', 'bid']);

/** Stance nouns whose agent can follow them ("a request from X to …"). */
export const AGENT_NOUNS = new Set(['request', 'requests', 'proposal', 'proposals', 'demand', 'demands', 'call', 'calls', 'offer', 'plan', 'bid', 'push', 'appeal']);

/** Heads that say nothing without their relative clause ("a clause that would exempt …", "any language that …"). */
export const GENERIC_HEADS = new Set([...DOC_NOUNS, 'clause', 'clauses', 'provision', 'provisions', 'measure', 'measures', 'mechanism', 'rule', 'rules', 'system',
  'arrangement', 'scheme', 'language', 'contract', 'agreement', 'deal', 'anything', 'something', 'one', 'way', 'route']);

/* Short lists the cleaner tests tokens against: sets, not regex literals, which allocate a RegExp each time they are evaluated. */
/** Trailing time words cut from a term. */
export const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow']);
/** "in principle", "for now", "at least": hedges on the stance, not part of the term. */
export const HEDGE_NOUNS = new Set(['principle', 'part', 'now', 'least', 'large', 'theory', 'reservation', 'reservations', 'hesitation', 'qualification', 'qualifications', 'conditions']);
export const HEDGE_PREPOSITIONS = new Set(['in', 'for', 'at', 'by', 'without']);
/** "last week", "next year". */
export const PERIODS = new Set(['week', 'month', 'year']);
export const PERIOD_DETERMINERS = new Set(['last', 'this', 'next']);
export const IT_THEM = new Set(['it', 'them']);
/** "a request from X to …": the agent's preposition, then the object's. */
export const AGENT_PREPOSITIONS = new Set(['by', 'from']);
export const AGENT_OBJECT_PREPOSITIONS = new Set(['to', 'for', 'of']);
/** "the threat of X", "plans for X": what a container noun's content follows. */
export const CONTAINER_PREPOSITIONS = new Set(['of', 'for', 'to', 'on', 'that']);
