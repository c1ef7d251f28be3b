import { CUE_VERBS } from '../lexicon/cues.js';
import { ADVERBS, ARTICLES, AUX, IRREGULAR_PAST, MODALS, MONTHS, NEGATORS, PREPOSITIONS, PRONOUNS, REPORTING, SUBORDINATORS, WEEKDAYS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import type { Token } from '../text/tokens.js';
import { mentionAt } from './mention-at.js';

/** Clause-level helpers: verb groups, clause starts, whether a stretch of tokens is a clause. */

const HEDGE_PARTICIPLES = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'understood', 'said', 'believed', 'expected', 'thought', 'reported', 'set', 'likely', 'poised', 'due', 'going',
  'about', 'also', 'longer', 'still', 'now', 'yet', 'already', 'ever', 'reportedly', 'instead']);
export const CLAUSE_VERBS = new Set(['signalling', 'signaling', 'signalled', 'signaled', 'indicating', 'indicated', 'suggesting', 'stressing', 'making', 'leaving']);
const STRONG = new Set([';', ':', '—', '–', '"', '“', '”', '?', '!']);

/** The word lists of inVerbGroup and verbish, each merged into one set: one lookup instead of five per token. */
const VERB_GROUP_WORDS = new Set([...AUX, ...MODALS, ...NEGATORS, ...ADVERBS, ...HEDGE_PARTICIPLES, 'to']);
/** Present verbs of what a text lays down that are seldom nouns ("the draft replaces the fee"; not "caps" or "increases"). */
const LAYING_DOWN = ['replaces', 'freezes', 'requires', 'introduces', 'abolishes', 'exempts', 'prohibits', 'mandates', 'restricts', 'establishes', 'imposes', 'removes', 'reduces'];
const VERB_WORDS = new Set([...AUX, ...MODALS, ...REPORTING, ...IRREGULAR_PAST, ...CUE_VERBS, ...LAYING_DOWN]);

/** Auxiliaries, modals, negation, adverbs and "to" between a subject and its verb. */
export function inVerbGroup(t: Token): boolean {
  if (t.kind === 'poss') return false;
  const l = t.lower;
  return VERB_GROUP_WORDS.has(l) || l.endsWith("n't") || (l.endsWith('ly') && !t.cap && t.kind === 'word');
}

/** A finite verb or auxiliary: marks the token as the start of a predicate. */
export function verbish(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const l = t.lower;
  return VERB_WORDS.has(l) || (l.endsWith('ed') && l.length > 4);
}

/** Does a predicate start within the next few tokens (before a comma or conjunction)? */
export function clauseAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.lower === 'and' || t.lower === 'or' || SUBORDINATORS.has(t.lower)) return false;
    if (verbish(t) && !(k > from && ARTICLES.has(tokens[k - 1]!.lower))) return true;
  }
  return false;
}

export interface ClauseStart {
  start: number;
  /** The relative pronoun that opens the clause, if any. */
  relative?: number;
  /** The reporting verb ("said") that introduces the clause, if any. */
  reporting?: number;
}

/*
 * Plain loops and module-level word sets in this file: an arrow or a regex literal inside a token
 * loop allocates on every evaluation, and these helpers run for most tokens of most sentences.
 */
const AND_THE_OR = new Set(['and', 'the', 'or']);
const DETERMINED = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * Walks left from `from` (inclusive) to the start of the clause, never below `floor`. Mentions are
 * atomic; a comma ends the clause unless it separates coordinated stakeholders ("France, Germany and Britain").
 */
export function clauseStart(tokens: readonly Token[], mentions: readonly Mention[], from: number, floor: number): ClauseStart {
  let k = from;
  while (k >= floor) {
    const m = mentionAt(mentions, k);
    if (m) {
      k = m.start - 1;
      continue;
    }
    const t = tokens[k]!;
    const l = t.lower;
    if (t.text === ')') {
      let depth = 0;
      while (k >= floor && !(tokens[k]!.text === '(' && --depth === 0)) {
        if (tokens[k]!.text === ')') depth++;
        k--;
      }
      k--;
      continue;
    }
    if (STRONG.has(t.text) || t.text === '(') return { start: k + 1 };
    if (t.text === ',' && !listComma(tokens, mentions, k, floor)) return { start: k + 1 };
    if (l === 'that') {
      // "said through its delegation that it …", "told a committee last month that …": a reported clause, not a relative one.
      const r = reportingBefore(tokens, k);
      if (r >= 0) return { start: k + 1, reporting: r };
      // "let it be known that it could …", "made it known that": a report, not a relative clause.
      if (tokens[k - 1]?.lower === 'known' && (tokens[k - 2]?.lower === 'be' || tokens[k - 2]?.lower === 'it')) return { start: k + 1, reporting: k - 1 };
    }
    if (l === 'which' || l === 'who' || l === 'whom' || l === 'that') return { start: k + 1, relative: k };
    // "as such" and "so far" are no subordinators.
    if (SUBORDINATORS.has(l) && !(l === 'as' && tokens[k - 1]?.lower === 'such') && !(l === 'so' && tokens[k + 1]?.lower === 'far')) return { start: k + 1 };
    if ((REPORTING.has(l) && !pluralNoun(tokens, k)) || CLAUSE_VERBS.has(l)) return { start: k + 1, reporting: k };
    if (l === 'but' || ((l === 'and' || l === 'or') && tokens[k - 1]?.text === ',' && !serialComma(tokens, mentions, k - 1, floor))) return { start: k + 1 };
    k--;
  }
  return { start: floor };
}

/** A reporting verb two to six words before "that", with no punctuation between: its index, or -1. Right before "that" it stays a relative reading, as it always was. */
function reportingBefore(tokens: readonly Token[], that: number): number {
  for (let k = that - 2; k >= 0 && that - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return -1;
    if (REPORTING.has(t.lower) && !pluralNoun(tokens, k)) return k;
  }
  return -1;
}

const PLURAL_REPORTING = new Set(['states', 'notes', 'claims']);

/** "member states, led by France, pushed …", "the claims were": a reporting form followed by a comma or a verb is a plural noun. */
function pluralNoun(tokens: readonly Token[], k: number): boolean {
  if (!PLURAL_REPORTING.has(tokens[k]!.lower)) return false;
  const next = tokens[k + 1];
  return !next || next.text === ',' || next.text === '.' || (verbish(next) && next.lower !== 'that');
}

/**
 * "Norway, Sweden, and Finland": the comma before the last item of a list of three or more. Two items
 * are a clause boundary, as in "the deal angered Chile, and Peru rejected it".
 */
function serialComma(tokens: readonly Token[], mentions: readonly Mention[], k: number, floor: number): boolean {
  if (!listComma(tokens, mentions, k, floor)) return false;
  const before = mentions.find((m) => m.end === k);
  return !!before && tokens[before.start - 1]?.text === ',' && listComma(tokens, mentions, before.start - 1, floor);
}

/** A comma inside a coordinated subject: a stakeholder on both sides, and no opener before it. */
function listComma(tokens: readonly Token[], mentions: readonly Mention[], k: number, floor: number): boolean {
  let before: Mention | undefined;
  for (const m of mentions) {
    if (m.end === k) {
      before = m;
      break;
    }
  }
  if (!before) return false;
  let after = false;
  for (const m of mentions) {
    if (m.start === k + 1 || (m.start === k + 2 && AND_THE_OR.has(tokens[k + 1]!.lower)) || (m.start === k + 3 && tokens[k + 1]!.lower === 'and' && tokens[k + 2]!.lower === 'the')) {
      after = true;
      break;
    }
  }
  if (!after) return false;
  let s = before.start - 1;
  while (s >= floor && tokens[s]!.text !== ',' && !STRONG.has(tokens[s]!.text)) s--;
  const opener = tokens[s + 1];
  return !opener || !(PREPOSITIONS.has(opener.lower) || SUBORDINATORS.has(opener.lower));
}

/** First token of the sentence's main predicate, skipping an opener ("Following X, …") and appositives. */
export function mainVerb(tokens: readonly Token[], mentions: readonly Mention[]): { subjectStart: number; verb: number; skipped: [number, number][] } {
  let s = 0;
  const first = tokens[0];
  if (first && (PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || ADVERBS.has(first.lower))) {
    // The first comma among the first 14 tokens.
    for (let k = 0; k < tokens.length && k < 14; k++) {
      if (tokens[k]!.text === ',') {
        if (k > 0) s = k + 1;
        break;
      }
    }
  }
  if (s === 0) s = afterLeadingTime(tokens, 0);
  const skipped: [number, number][] = [];
  for (let k = s; k < tokens.length; k++) {
    const m = mentionAt(mentions, k);
    if (m) {
      k = m.end - 1;
      continue;
    }
    const t = tokens[k]!;
    if (t.text === ',' && listComma(tokens, mentions, k, s)) continue;
    if (t.text === ',' && k > s) {
      // Up to three comma-enclosed segments ("The draft, circulated by the chair …, Norwegian ambassador X, would …").
      let open = k;
      let found = false;
      for (let n = 0; n < 3 && !found; n++) {
        let close = -1;
        for (let j = open + 1; j < tokens.length; j++) {
          if (tokens[j]!.text === ',') {
            close = j;
            break;
          }
        }
        if (close < 0) break;
        skipped.push([open, close + 1]);
        open = close;
        found = clauseAheadAfterVerbless(tokens, close + 1);
      }
      if (!found) {
        skipped.length = 0;
        break;
      }
      k = open;
      continue;
    }
    if (PRONOUNS.has(t.lower) && k === s) continue;
    // "Cho's proposed budget", "the revised plan": a participle after a determiner modifies the noun.
    const prev = tokens[k - 1];
    if (prev && (prev.kind === 'poss' || DETERMINED.has(prev.lower))) continue;
    if (verbish(t)) return { subjectStart: s, verb: k, skipped };
  }
  return { subjectStart: s, verb: -1, skipped };
}

const TIME_OPENERS = new Set(['on', 'in', 'by', 'last', 'this', 'next', 'earlier', 'later']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'autumn', 'winter', 'fall']);
/** "On Wednesday it urged …", "Last week the union said …": where the subject starts after a time phrase opening a clause without a comma (else `from`). */
export function afterLeadingTime(tokens: readonly Token[], from: number): number {
  if (!TIME_OPENERS.has(tokens[from]?.lower ?? '')) return from;
  let k = from + 1;
  if ((tokens[from]!.lower === 'earlier' || tokens[from]!.lower === 'later') && (tokens[k]?.lower === 'this' || tokens[k]?.lower === 'on')) k++;
  const start = k;
  while (k < tokens.length && k - start < 3 && (WEEKDAYS.has(tokens[k]!.lower) || MONTHS.has(tokens[k]!.lower) || TIME_NOUNS.has(tokens[k]!.lower) || tokens[k]!.kind === 'num')) k++;
  return k > start && tokens[k]?.kind === 'word' ? k : from;
}

/** After an appositive ", released … by X," a predicate follows. */
function clauseAheadAfterVerbless(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 4; k++) if (verbish(tokens[k])) return true;
  return false;
}
