import type { Stance } from '../../../model/vocabulary.js';
import type { Token } from '../text/tokens.js';

/**
 * Two readings of a readiness adjective ("willing", "ready", "prepared") that the plain negation rule would drop:
 * - "is not willing to cut fares" is opposition, as "unwilling to" is (a negated PROPOSED is otherwise dropped);
 * - "willing to go to arbitration, but not to restore the channel": the elided second infinitive carries
 *   the same cue, negated.
 */
const READINESS = new Set(['willing', 'ready', 'prepared']);

/** The stance of a readiness cue under one negation: OPPOSED; undefined for any other cue (the usual rule applies). */
export function negatedReadiness(first: string, stance: Stance, negations: number): Stance | undefined {
  return negations === 1 && stance === 'PROPOSED' && READINESS.has(first) ? 'OPPOSED' : undefined;
}

/** "X, but not to Y" / "X but not to Y" right after an infinitive object: the index of Y's first word, or -1. */
export function butNotTo(tokens: readonly Token[], end: number): number {
  let k = end;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'but') k++;
  if (k === end || tokens[k]?.lower !== 'not' || tokens[k + 1]?.lower !== 'to') return -1;
  const verb = tokens[k + 2];
  return verb && verb.kind === 'word' && !verb.cap ? k + 2 : -1;
}

/** ", an idea first floated by Z last year, provided …": the comma that closes an appositive right after an object, or `end` itself. */
export function skipAppositive(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[end + 1]?.lower ?? '')) return end;
  for (let k = end + 2; k < tokens.length && k - end <= 12; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return CONDITION_WORDS.has(tokens[k + 1]?.lower ?? '') ? k : end;
    if (t.kind === 'punct') return end;
  }
  return end;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
const CONDITION_WORDS = new Set(['provided', 'unless', 'if', 'as']);
