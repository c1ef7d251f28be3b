import type { Stance } from '../../../model/vocabulary.js';
import type { CueEntry } from '../lexicon/cues.js';
import { MODALS, NEGATIVE_EVALUATIONS, POSITIVE_EVALUATIONS } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { verbish } from './clauses.js';
import { againstAfter, frameAt } from './cues.js';
import { QUOTES, span, split } from './object-span.js';

/**
 * The object of a cue: where it starts and ends, and how it splits into terms. Coordinated objects
 * split only where the next conjunct starts with a determiner ("X and a permanent bar on…") or, for
 * verb phrases, with a verb ("stabilize X, prevent Y, and reestablish Z"), so "coal, oil and gas"
 * and "beef and poultry" stay whole. "such as"/"including" after the object introduce the terms.
 */
export type Mode = 'np' | 'vp' | 'clause';

export interface ObjectSpan {
  phrases: [number, number][];
  end: number;
  mode: Mode;
  /** A cue directly followed by "including": the items may be topics or the thing objected to. */
  ambiguous?: boolean;
  /** For evaluative cues: the stance the evaluation gives. */
  evaluation?: Stance;
  /** "worry it could not …": the feared outcome is negated. */
  negatedOutcome?: boolean;
  /** "a counterproposal that offered X": a relative clause with its own cue says what the plan holds. */
  relativeCue?: boolean;
}

const ARTICLES_OR_DETS = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'our']);
const SHIFT_NOUNS = new Set(['interest', 'interests', 'focus', 'priority', 'priorities', 'emphasis', 'attention']);
/* Word sets rather than regex literals, which allocate a RegExp each time they are evaluated. */
const CUE_ADVERBS = new Set(['outright', 'publicly', 'firmly', 'formally', 'strongly', 'again', 'also']);
const DEMONSTRATIVE_ARTICLES = new Set(['the', 'these', 'those']);
const ISSUE_PREPOSITIONS = new Set(['on', 'over']);
const CONDITIONS = new Set(['unless', 'if', 'provided', 'until']);
const NOTS = new Set(['not', "n't"]);
const EVALUATION_LEAD = new Set(['as', 'a', 'an', 'the', 'being', 'so', 'too', 'very', 'utterly', 'completely', 'totally', 'deeply']);

/** Cues whose object may be "X to do Y": "wants inspectors to have access", "pushing for manufacturers to reserve …". */
const REPORTED = /^(?:claims?|reports?|suggestions?|allegations?|accusations?|speculation|rumou?rs?|charges)$/;
const KEEP_TO = new Set(['want', 'would like', 'push for', 'press for', 'call for', 'ask', 'ask for', 'seek', 'require', 'lobby for']);

export function objectOf(tokens: readonly Token[], cue: { end: number; entry: CueEntry }, cueStarts: ReadonlySet<number>): ObjectSpan | undefined {
  let k = cue.end;
  while (tokens[k] && CUE_ADVERBS.has(tokens[k]!.lower)) k++;
  switch (cue.entry.takes) {
    case 'np':
      if (tokens[k]?.lower === 'including') return { phrases: [], end: k, mode: 'np', ambiguous: true };
      // "rejected claims that it opposed X": the claim is someone else's report, not a term.
      if (REPORTED.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'that') return { phrases: [], end: k, mode: 'np', ambiguous: true };
      if (DEMONSTRATIVE_ARTICLES.has(tokens[k]?.lower ?? '') && REPORTED.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'that') return { phrases: [], end: k, mode: 'np', ambiguous: true };
      // "which the union dismissed as window dressing": the object is the gap, "as …" only judges it.
      if (tokens[k]?.lower === 'as') return { phrases: [], end: k, mode: 'np' };
      // "would not sign unless X": no object, only a condition (read by conditionAfter); "unless X" is no term.
      if (CONDITIONS.has(tokens[k]?.lower ?? '')) return { phrases: [], end: k, mode: 'np' };
      if (tokens[k]?.lower === 'that') return span(tokens, k + 1, 'clause', cueStarts, false);
      if (cue.entry.rest.at(-1) === 'that') return span(tokens, k, 'clause', cueStarts, false);
      // "presented creditors on Monday with a plan to cut X": what is presented follows "with".
      if (cue.entry.first === 'present' || cue.entry.first === 'provide') {
        for (let j = k; j < tokens.length && j - k < 8; j++) {
          const t = tokens[j]!;
          if (t.lower === 'with') {
            const vp = containerVerbPhrase(tokens, j + 1);
            return vp > 0 ? span(tokens, vp, 'vp', cueStarts, true) : span(tokens, j + 1, 'np', cueStarts, false);
          }
          if (t.kind === 'punct' || (j > k && (ARTICLES_OR_DETS.has(t.lower) || verbish(t)))) break;
        }
      }
      {
        // "a plan to cut X, extend Y and lower Z": the plan's content is a list of verb phrases.
        const vp = containerVerbPhrase(tokens, k);
        if (vp > 0) return span(tokens, vp, 'vp', cueStarts, true);
      }
      return span(tokens, k, 'np', cueStarts, KEEP_TO.has(cue.entry.label));
    case 'vp':
      return span(tokens, k, 'vp', cueStarts, true);
    case 'urge': {
      const to = urgedTo(tokens, k);
      if (to >= 0) return span(tokens, to, 'vp', cueStarts, true);
      return urgesAlone(cue.entry.first) ? span(tokens, k, 'np', cueStarts, false) : undefined;
    }
    case 'caution': {
      // "warned ministers against X": what follows "against" (cues.ts only matches when one follows).
      const at = againstAfter(tokens, k);
      return at >= 0 ? span(tokens, at + 1, 'np', cueStarts, false) : undefined;
    }
    case 'frame': {
      // "put a cap on emissions on the table": the object runs to the closing words.
      const f = frameAt(tokens, k - 1, cue.entry.frame ?? []);
      return f > k ? { phrases: split(tokens, k, f, 'np'), end: f + (cue.entry.frame?.length ?? 0), mode: 'np' } : undefined;
    }
    case 'side': {
      // "sided with Chile on the waiver": the issue follows "on"/"over"; the ally is not a term.
      for (let j = k; j < tokens.length && j - k < 8 && tokens[j]!.kind !== 'punct'; j++) {
        if (ISSUE_PREPOSITIONS.has(tokens[j]!.lower)) return span(tokens, j + 1, 'np', cueStarts, false);
      }
      return undefined;
    }
    case 'fear': {
      if (tokens[k]?.lower === 'that') k++;
      for (let j = k; j < tokens.length && j - k < 5; j++) {
        if (MODALS.has(tokens[j]!.lower)) {
          const negated = NOTS.has(tokens[j + 1]?.lower ?? '');
          return { ...span(tokens, j + (negated ? 2 : 1), 'vp', cueStarts, true), ...(negated ? { negatedOutcome: true } : {}) };
        }
      }
      return span(tokens, k, 'clause', cueStarts, true);
    }
    case 'evaluate': {
      for (let j = k; j < tokens.length && j - k < 12; j++) {
        const l = tokens[j]!.lower;
        const stance: Stance | undefined = NEGATIVE_EVALUATIONS.has(l) ? 'OPPOSED' : POSITIVE_EVALUATIONS.has(l) ? 'SUPPORTED' : undefined;
        if (stance) {
          let e = j;
          while (e > k && (QUOTES.has(tokens[e - 1]!.text) || EVALUATION_LEAD.has(tokens[e - 1]!.lower))) e--;
          return e > k ? { phrases: [[k, e]], end: j + 1, mode: 'np', evaluation: stance } : undefined;
        }
        if (tokens[j]!.text === '.' || tokens[j]!.text === ';') break;
      }
      return undefined;
    }
    case 'shift': {
      for (let j = k; j < tokens.length && j - k < 8; j++) {
        if (!SHIFT_NOUNS.has(tokens[j]!.lower)) continue;
        for (let t = j + 1; t < tokens.length && t - j < 10; t++) if (tokens[t]!.lower === 'to') return span(tokens, t + 1, 'np', cueStarts, false);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Containers whose "to"-clause is all they say: "a plan to", "an offer to", "a push to". */
const PLAN_CONTAINERS = new Set(['plan', 'plans', 'proposal', 'proposals', 'offer', 'bid', 'move', 'push', 'call', 'calls', 'demand', 'demands', 'initiative']);
const PLAN_ADJECTIVES = new Set(['new', 'revised', 'fresh', 'formal', 'detailed', 'joint', 'final', 'initial', 'separate', 'sweeping', 'broad', 'three-part', 'two-part']);

/** "a (new) plan to <verb>": the index of the verb, or -1. No owner before the container ("Egypt's decision to"): the owner holds it too. */
function containerVerbPhrase(tokens: readonly Token[], k: number): number {
  const d = tokens[k]?.lower;
  if (d !== 'a' && d !== 'an' && d !== 'the') return -1;
  let j = k + 1;
  while (j < tokens.length && j - k < 3 && PLAN_ADJECTIVES.has(tokens[j]!.lower)) j++;
  if (!PLAN_CONTAINERS.has(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'to') return -1;
  const v = tokens[j + 2];
  return v && v.kind === 'word' && !v.cap && !v.lower.endsWith('ing') && !v.lower.endsWith('ed') ? j + 2 : -1;
}

/** "pushed the sailing back to midnight": words after "to" that start no verb phrase. */
const NOT_VERBS_AFTER_TO = new Set(['midnight', 'noon', 'dawn', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'next', 'last']);

/** Where the verb phrase an "urge" cue asks for starts ("pressed X to …", "urged councillors to \"stop …\""), or -1. */
export function urgedTo(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j - k < 10; j++) {
    if (tokens[j]!.lower === 'to' && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap && !NOT_VERBS_AFTER_TO.has(tokens[j + 1]!.lower)) return j + 1;
    if (tokens[j]!.lower === 'to' && QUOTES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.kind === 'word') return j + 2;
    if (tokens[j]!.kind === 'punct') break;
  }
  return -1;
}

/** "urged X" and "called on X" state a stance without "to …"; "pressed the issue", "asked a question", "push the curfew back" do not. */
export const urgesAlone = (first: string) => first === 'urge' || first === 'call';
