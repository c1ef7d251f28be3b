import type { Stance } from '../../../model/vocabulary.js';
import type { Control, Takes } from './cues.js';

/** One row of the cue lexicon: verbs in base form (cues.ts generates their inflections), with what they take. */
export interface Row {
  verbs: string[];
  rest?: string;
  stance: Stance;
  takes?: Takes;
  control?: Control;
  weight?: number;
  /** Explicit forms instead of generated inflections (for words that are also common nouns). */
  forms?: string[];
  /** Words that close the object: "put X on the table". */
  frame?: string;
  onlyNegated?: boolean;
  /** Only carries a plan that says what it holds ("circulated a draft that proposes X"). */
  carrier?: boolean;
}

/** Past and -ing forms only, for verbs that are common nouns in their base form ("request", "protest"). */
export const pastIng = (base: string, past = `${base.replace(/e$/, '')}ed`, ing = `${base.replace(/e$/, '')}ing`) => [past, ing];

export const P: Stance = 'PROPOSED';
export const S: Stance = 'SUPPORTED';
export const O: Stance = 'OPPOSED';
