import { ARTICLES, AUX, CLAUSE_ENDS, DETERMINERS, MODALS, MONTHS, POSSESSIVE_PRONOUNS, PREPOSITIONS } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { clauseAhead, verbish } from './clauses.js';
import type { Mode, ObjectSpan } from './objects.js';

/**
 * Where an object ends and how it splits into terms. It runs to the end of its clause: punctuation,
 * a subordinate clause ("because", "while", "after"), a participle adding the holder's reasons
 * ("saying", "citing"), or a new predicate. Coordination splits it only where the next conjunct opens
 * with a determiner or, in a verb phrase, with a verb.
 */

export const STOPS = new Set(['while', 'whereas', 'because', 'although', 'though', 'unless', 'if', 'when', 'whenever', 'after', 'before', 'since', 'amid',
  'given', 'despite', 'but', 'rather', 'instead', 'saying', 'arguing', 'citing', 'calling', 'viewing', 'warning', 'noting', 'adding', 'insisting',
  'claiming', 'describing', 'according', 'which', 'who', 'whom', 'where', 'so', 'until', 'even']);

/** "together with" / "along with" after a comma, then a determined noun phrase: a second conjunct. */
const alongWith = (tokens: readonly Token[], k: number) =>
  (tokens[k]?.lower === 'together' || tokens[k]?.lower === 'along') && tokens[k + 1]?.lower === 'with' && opensConjunct(tokens[k + 2]);

const TIME_LINKS = new Set(['until', 'before', 'after']);
/** Words a time may open with: a month, "next …", "the end of …". */
const TIME_STARTS = new Set([...MONTHS, 'next', 'the']);

/** "2029", "at least 2029", "March", "next year", "the end of …": a time after "until". */
function timeAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower === 'at' && tokens[k + 1]?.lower === 'least') k += 2;
  const t = tokens[k];
  return !!t && (t.kind === 'num' || (TIME_STARTS.has(t.lower) && (t.lower !== 'the' || tokens[k + 1]?.lower === 'end')));
}

const gerundAt = (tokens: readonly Token[], k: number) => !!tokens[k] && tokens[k]!.kind === 'word' && !tokens[k]!.cap && tokens[k]!.lower.endsWith('ing') && tokens[k]!.lower.length > 5;

export const IN_STOPS = new Set(['exchange', 'return', 'order', 'response', 'addition', 'a', 'an']);

export const QUOTES = new Set(['"', '“', '”']);

/** "unless the trust was given a golden share", "wants the money spent instead on repairs": a stop word that opens no clause here. */
function notAStop(tokens: readonly Token[], k: number): boolean {
  const l = tokens[k]!.lower;
  if (l === 'given') return AUX.has(tokens[k - 1]?.lower ?? '');
  if (l === 'instead') return tokens[k + 1]?.lower === 'on' || tokens[k + 1]?.lower === 'to';
  return false;
}

const DASHES = new Set(['—', '–']);
/** The closing dash of an aside that opens with a determiner and holds no verb ("— the share of revenue set aside for writers —"), or -1. */
function dashAsideEnd(tokens: readonly Token[], k: number): number {
  if (!DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return -1;
  for (let j = k + 2; j < tokens.length && j - k < 25; j++) {
    const t = tokens[j]!;
    if (DASHES.has(t.text)) return tokens[j + 1] && tokens[j + 1]!.kind !== 'punct' ? j : -1;
    if (CLAUSE_ENDS.has(t.text) || (t.kind === 'word' && (AUX.has(t.lower) || MODALS.has(t.lower)))) return -1;
  }
  return -1;
}

const VENUE_LINKS = new Set(['at', 'in', 'during', 'before']);
/** Nouns of a place or an occasion where a stance is stated or fought out. */
const VENUES = new Set(['meeting', 'meetings', 'conference', 'hearing', 'hearings', 'session', 'summit', 'briefing', 'rally', 'interview', 'interviews',
  'debate', 'court', 'courts', 'tribunal', 'submission', 'filing', 'testimony', 'speech', 'statement', 'letter', 'op-ed', 'podcast', 'post', 'forum', 'gathering', 'press', 'congress', 'convention']);
/** A court's name may end the venue too: "before the EU's General Court". */
const COURTS = new Set(['Court', 'Courts', 'Tribunal']);
/** "a news conference", "Peruvian courts", "the EU's General Court": up to four words, then a venue noun that ends the phrase. */
function venueAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < 5; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.kind !== 'poss') return false;
    if (VENUES.has(t.lower) && (!t.cap || COURTS.has(t.text))) return true;
  }
  return false;
}

/** Nouns whose "to"-clause is their content: "calls to restore the pension", "plans to cut". */
export const CONTAINER_NOUNS = new Set(['refusal', 'failure', 'reluctance', 'unwillingness', 'calls', 'call', 'plans', 'plan', 'proposal', 'proposals', 'demand', 'demands', 'attempt', 'attempts', 'efforts', 'effort', 'bid', 'push', 'move', 'decision', 'offer', 'pledge', 'promise', 'threat', 'right', 'freedom']);

export const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);

/* Word sets rather than regex literals in the token loops below: a literal allocates a RegExp on every evaluation. */
const AND_OR = new Set(['and', 'or']);
const AND_OR_BUT = new Set(['and', 'or', 'but']);
const NOT_VP_STARTS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'also', 'not']);

export const opensConjunct = (t: Token | undefined) => !!t && (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || t.kind === 'num');

export function span(tokens: readonly Token[], from: number, mode: Mode, cueStarts: ReadonlySet<number>, keepTo: boolean): ObjectSpan {
  const end = objectEnd(tokens, from, mode, cueStarts, keepTo);
  const relativeCue = mode === 'np' && relativeWithCue(tokens, end, cueStarts);
  return { phrases: split(tokens, from, end, mode), end, mode, ...(relativeCue ? { relativeCue } : {}) };
}

/** "a counterproposal that offered X": the relative clause's own verb is a cue. */
export const relativeWithCue = (tokens: readonly Token[], k: number, cueStarts: ReadonlySet<number>) => {
  if (tokens[k]?.lower !== 'that' && tokens[k]?.lower !== 'which') return false;
  let j = k + 1;
  while (j < tokens.length && j - k <= 4 && (AUX.has(tokens[j]!.lower) || MODALS.has(tokens[j]!.lower) || tokens[j]!.lower.endsWith('ly') || tokens[j]!.lower === 'also')) j++;
  return cueStarts.has(j);
};

export function objectEnd(tokens: readonly Token[], from: number, mode: Mode, cueStarts: ReadonlySet<number>, keepTo: boolean): number {
  let depth = 0;
  let quoted = false;
  // After "refusal to", "calls to": the object is a verb phrase, and its own infinitives belong to it.
  let verbPhrase = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    const l = t.lower;
    if (l === 'to' && CONTAINER_NOUNS.has(tokens[k - 1]?.lower ?? '')) verbPhrase = true;
    if (QUOTES.has(t.text)) {
      const opens = t.text === '“' || (t.text !== '”' && !quoted);
      // "would fight the closures "at every board meeting"": a quote opened after the object's noun is the speaker's aside.
      if (opens && mode === 'np' && k > from + 1 && asideAfter(tokens, k)) return k;
      quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
      continue;
    }
    if (quoted) continue;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) return k;
      depth--;
    }
    if (depth > 0) continue;
    // "would lift the headline rate — the share of revenue set aside for writers — from 15.2% to 18%": a noun aside between dashes.
    if (DASHES.has(t.text) && k > from) {
      const close = dashAsideEnd(tokens, k);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (CLAUSE_ENDS.has(t.text)) return k;
    if (t.text === ',') {
      if (examplesAt(tokens, k + 1) || continues(tokens, k, mode) || alongWith(tokens, k + 1)) continue;
      return k;
    }
    if (k === from) continue;
    if (mode === 'np' && relativeWithCue(tokens, k, cueStarts)) return k;
    // "a ceasefire was rejected": a predicate starts, unless inside a relative clause ("a bill that would …").
    if (mode === 'np' && t.kind === 'word' && (AUX.has(l) || MODALS.has(l)) && tokens[k - 1]?.lower !== 'to' && !relativeBetween(tokens, from, k)) return k;
    // "rejected the fare rise at a news conference", "would challenge any licence in the courts": where it was said or fought is no part of the term.
    if (mode === 'np' && VENUE_LINKS.has(l) && venueAt(tokens, k + 1)) return k;
    if ((l === 'before' || l === 'after') && mode === 'np' && contentWords(tokens, from, k) <= 1) continue;
    // "recommended that X wait until at least 2029 before deciding": in a stated content, a time or a
    // gerund after "until/before/after" is part of what is asked, not a clause of the narrator's.
    if ((mode === 'clause' || (mode === 'vp' && l === 'until')) && TIME_LINKS.has(l) && (timeAt(tokens, k + 1) || gerundAt(tokens, k + 1))) continue;
    // "demanded that no licence be approved until plans are in place": how long a demand holds is part of it.
    if (mode === 'clause' && l === 'until') continue;
    if (l === 'but' && mode === 'vp' && vpConjunct(tokens, k + 1)) continue;
    // "a formula under which members would pay 0.9%": a bare head's content is the clause it governs.
    if (l === 'which' && mode === 'np' && PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && contentWords(tokens, from, k - 1) <= 2) continue;
    if (STOPS.has(l) && !(l === 'as' && tokens[k - 1]?.lower === 'such') && !notAStop(tokens, k)) return k;
    // "accept the penalty only if …": "only" opens the condition.
    if (l === 'only' && (tokens[k + 1]?.lower === 'if' || tokens[k + 1]?.lower === 'when')) return k;
    // "backed the deal provided the ban was part of it": a condition, unlike "the funds provided by Chile".
    if (l === 'provided' && mode === 'np' && (tokens[k + 1]?.lower === 'that' || (DETERMINERS.has(tokens[k + 1]?.lower ?? '') && clauseAhead(tokens, k + 1)))) return k;
    if (l === 'as' && !(tokens[k - 1]?.lower === 'such' || tokens[k + 1]?.lower === 'well' || tokens[k + 1]?.lower === 'part')) return k;
    if (l === 'in' && IN_STOPS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'a') return k;
    if (mode === 'np' && !keepTo && !verbPhrase && l === 'to' && !CONTAINER_NOUNS.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap && !DETERMINERS.has(tokens[k + 1]!.lower) && !POSSESSIVE_PRONOUNS.has(tokens[k + 1]!.lower) &&
      !(tokens[from]!.lower.endsWith('ing') && ADJECTIVE_ENDING.test(tokens[k + 1]!.lower))) {
      if (!(tokens[k + 1]!.lower === 'be' || tokens[k + 1]!.lower === 'have') || tokens[k - 1]?.kind === 'word') return k;
    }
    if (l === 'and' || l === 'or') {
      // "calling for X to be frozen and for Y to be reviewed": a second object of the same "for".
      if (mode === 'np' && tokens[k + 1]?.lower === 'for' && opensConjunct(tokens[k + 2])) continue;
      // "11% over two years and caps of 24 pupils": "caps of" is a noun, not a verb.
      if (mode === 'np' && tokens[k + 2]?.lower === 'of' && !tokens[k + 1]!.cap && tokens[k + 1]!.lower.endsWith('s')) continue;
      // "cut X and lift Y" inside a verb-phrase list goes on; a cue or a finite verb starts a clause of its own.
      if (cueStarts.has(k + 1) || (verbish(tokens[k + 1]) && !(mode === 'vp' && vpConjunct(tokens, k + 1)))) return k;
      // "provided periods of unemployment and sick leave continued to count": before its verb, a clause's "and" joins subjects.
      if (mode === 'clause' && !verbBetween(tokens, from, k)) continue;
      // "demanded that fares be frozen and ports stay open": a second subject and verb is a second demand (split below).
      if (mode === 'clause' && newSubjectAt(tokens, k + 1)) continue;
      if (mode !== 'vp' && clauseAhead(tokens, k + 1)) return k;
    }
  }
  return tokens.length;
}

/** A subject of its own, then its verb: "ports stay open", "the state pays". */
const newSubjectAt = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  return !!t && t.kind === 'word' && !verbish(t) && !MODALS.has(t.lower) && !AUX.has(t.lower) && clauseAhead(tokens, k + 1);
};

/** A quote that opens with a preposition or an adverb after a noun: an aside on the stance, not part of its object. */
function asideAfter(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return !!prev && !!next && prev.kind === 'word' && !DETERMINERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && (PREPOSITIONS.has(next.lower) || next.lower.endsWith('ly'));
}

function verbBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (verbish(tokens[k]) || AUX.has(tokens[k]!.lower) || MODALS.has(tokens[k]!.lower)) return true;
  return false;
}

/** After a comma: does the object go on (a list item, a verb-phrase list, a named list in a clause)? */
export function continues(tokens: readonly Token[], k: number, mode: Mode): boolean {
  let n = k + 1;
  if (tokens[n]?.lower === 'and' || tokens[n]?.lower === 'or') n++;
  // "demanded that X be excluded, and that services label them": a second demand.
  if (mode === 'clause' && n > k + 1 && tokens[n]?.lower === 'that') return true;
  const next = tokens[n];
  if (!next || next.kind === 'punct' || STOPS.has(next.lower)) return false;
  if (mode === 'vp') return vpConjunct(tokens, n) || (next.lower === 'to' && vpConjunct(tokens, n + 1));
  if (mode === 'clause' && next.cap && !clauseAhead(tokens, n + 1)) return true;
  if (opensConjunct(next)) {
    if (predicateAhead(tokens, n + 1)) return false;
    if (n > k + 1) return true;
    for (let j = n; j < tokens.length; j++) {
      if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-' && tokens[j]!.text !== ',') return false;
      if (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'or') return true;
    }
    return false;
  }
  // A list of bare nouns inside the object: "phasing out coal, oil and gas".
  if (mode === 'np' && next.kind === 'word' && !next.cap && !verbish(next)) {
    for (let j = n + 1; j < tokens.length && j - n < 4; j++) {
      if (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'or') return true;
      if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== ',') return false;
    }
  }
  return false;
}

/** A predicate further ahead, across commas ("and its finance minister, Paul Mercier, said …"). */
export function predicateAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 14; k++) {
    const t = tokens[k]!;
    if (CLAUSE_ENDS.has(t.text) || STOPS.has(t.lower)) return false;
    if (verbish(t) && !ARTICLES.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A bare verb starting another verb phrase ("but exempt small-scale fishers"), not a new clause ("but it rejected"). */
export const vpConjunct = (tokens: readonly Token[], n: number) => {
  const t = tokens[n];
  if (!t || t.kind !== 'word' || t.cap || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || NOT_VP_STARTS.has(t.lower) || !tokens[n + 1] || tokens[n + 1]!.kind !== 'word') return false;
  // "cut X, push their maturity out": a base-form verb with its own object continues the list, though it may be a cue word.
  const o = tokens[n + 1]!;
  return !verbish(t) || (BASE_FORM.test(t.lower) && !AUX.has(t.lower) && !MODALS.has(t.lower) && !o.cap && !PREPOSITIONS.has(o.lower) && !verbish(o));
};
/** "limiting the decision to commercial transfers": after a gerund, "to" and an adjective is a destination, not an infinitive. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ful|less|ian|ese)$/;
/** Not a past, -ing or third-person form. */
const BASE_FORM = /^[a-z-]+(?<!ed|ing|s)$/;

export const contentWords = (tokens: readonly Token[], a: number, b: number) => {
  let n = 0;
  for (let k = Math.max(a, 0); k < b && k < tokens.length; k++) if (tokens[k]!.kind === 'word' && !DETERMINERS.has(tokens[k]!.lower) && !PREPOSITIONS.has(tokens[k]!.lower)) n++;
  return n;
};

/** A relative pronoun among tokens[from..k). */
function relativeBetween(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = Math.max(from, 0); j < k && j < tokens.length; j++) if (RELATIVE_WORDS.has(tokens[j]!.lower)) return true;
  return false;
}

export const examplesAt = (tokens: readonly Token[], k: number) =>
  (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'as') || tokens[k]?.lower === 'including' || tokens[k]?.lower === 'like';

/** "insisting that X and that Y": each "that" clause is a term of its own. */
function clauses(tokens: readonly Token[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let k = start + 1; k < end - 1; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const that = tokens[k + 1]!.lower === 'that';
    if (!that && !(verbBetween(tokens, s, k) && newSubjectAt(tokens, k + 1))) continue;
    out.push([s, tokens[k - 1]!.text === ',' ? k - 1 : k]);
    s = that ? k + 2 : k + 1;
  }
  if (end > s) out.push([s, end]);
  return out;
}

/** Splits an object into its coordinated terms. */
export function split(tokens: readonly Token[], from: number, end: number, mode: Mode): [number, number][] {
  let start = from;
  for (let k = from; k < end; k++) {
    if (k > from && (examplesAt(tokens, k) || (tokens[k]!.text === ',' && examplesAt(tokens, k + 1)))) {
      start = tokens[k]!.text === ',' ? k + 1 : k;
      start += tokens[start]!.lower === 'such' ? 2 : 1;
      break;
    }
  }
  if (mode === 'clause') return clauses(tokens, start, end);
  const out: [number, number][] = [];
  let depth = 0;
  let quoted = false;
  let s = start;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (QUOTES.has(t.text)) quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (depth > 0 || quoted) continue;
    // "a flat levy, together with a fund for …": a second object, as with "and".
    if (t.text === ',' && alongWith(tokens, k + 1)) {
      if (k > s) out.push([s, k]);
      s = k + 3;
      k = s - 1;
      continue;
    }
    const conj = t.lower === 'and' || t.lower === 'or' || (mode === 'vp' && t.lower === 'but');
    const comma = t.text === ',';
    if (!conj && !comma) continue;
    let n = comma && AND_OR.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    // "called for a levy and for a cap": a repeated "for" opens the next object.
    if (mode === 'np' && conj && tokens[n]?.lower === 'for' && opensConjunct(tokens[n + 1])) n++;
    // "11% over two years and caps of 24 pupils": a bare plural with its "of" is a second object.
    const barePlural = mode === 'np' && conj && !!tokens[n] && tokens[n]!.kind === 'word' && !tokens[n]!.cap && tokens[n]!.lower.endsWith('s') && !verbish(tokens[n]) && tokens[n + 1]?.lower === 'of';
    // "to cut quotas and to ban trawling": a repeated "to" opens the next verb phrase.
    if (mode === 'vp' && tokens[n]?.lower === 'to' && vpConjunct(tokens, n + 1)) n++;
    const next = tokens[n];
    const cut = mode === 'vp'
      ? !!next && next.kind === 'word' && !next.cap && !DETERMINERS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !!tokens[n + 1] && n + 1 < end && tokens[n + 1]!.text !== ',' && tokens[n + 1]!.text !== '.' && !AND_OR_BUT.has(tokens[n + 1]!.lower)
      : opensConjunct(next) || barePlural;
    // "sets a royalty of 2%, rising to 6% later": after a comma, an -ing form modifies what came before,
    // unless the list is of gerunds ("cutting X, raising Y").
    const modifier = comma && !conj && mode === 'vp' && !!next && next.lower.endsWith('ing') && !tokens[start]!.lower.endsWith('ing');
    if (cut && !modifier) {
      if (k > s) out.push([s, k]);
      s = n;
      k = n - 1;
    }
  }
  if (end > s) out.push([s, end]);
  return out;
}
