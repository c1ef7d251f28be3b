import { CUE_INDEX, type CueEntry } from '../lexicon/cues.js';
import { ADVERBS, NEGATORS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import type { Token } from '../text/tokens.js';

/** One occurrence of a cue in a sentence (token indexes, end exclusive). */
export interface CueMatch {
  start: number;
  end: number;
  entry: CueEntry;
  /** "was rejected by X": the holder is the agent after "by", the term the subject. */
  passive: boolean;
  /** ", backed by the union," / "a move welcomed by X": a reduced clause with an agent. */
  participle: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed',
  'appear', 'appears', 'appeared', 'become', 'became', 'stay', 'stays', 'stayed', 'look', 'looks', 'looked']);
const ADJECTIVAL = new Set(['ready', 'prepared', 'willing', 'unwilling', 'reluctant', 'open', 'concerned', 'against', 'committed']);
const PARTICIPLES = new Set(['put', 'sought', 'fought', 'drawn', 'laid', 'come', 'vetoed']);
const EXCLUDED_FORMS = new Set(['including']);
const MODAL_WORDS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const AUX_WORDS = new Set(['be', 'have', 'been', 'do', 'get', 'not']);

export const isParticipleForm = (w: string) => w.endsWith('ed') || PARTICIPLES.has(w);

/** Index of the be-verb before i (over adverbs and negation), or -1. */
export function beBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const l = tokens[j]!.lower;
    if (BE.has(l)) return j;
    if (!(ADVERBS.has(l) || NEGATORS.has(l) || l.endsWith("n't") || (l.endsWith('ly') && !tokens[j]!.cap))) return -1;
  }
  return -1;
}

/**
 * "the demand", "its push for", "the union's wage demands": a determiner or possessive right before
 * the word (or before one modifier that is not a plural subject) makes it a noun, not a cue.
 */
function nounUse(tokens: readonly Token[], i: number, inMention: Uint8Array, mentions: readonly Mention[]): boolean {
  const isDeterminer = (t: Token | undefined) => !!t && (t.kind === 'poss' || /^(?:the|a|an|this|its|their|his|her|our|whose)$/.test(t.lower));
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (inMention[i - 1]) {
    // "the American offer of …": an attributive stakeholder after a determiner.
    const m = mentions.find((x) => x.end === i);
    return !!m && m.kind === 'adjective' && isDeterminer(tokens[m.start - 1]);
  }
  if (isDeterminer(prev)) return true;
  // "would cap support for", "to boost support for": the object of the verb before it.
  const twoBack = tokens[i - 2]?.lower ?? '';
  if (prev.kind === 'word' && !prev.cap && !prev.lower.endsWith('ly') && !ADVERBS.has(prev.lower) && !NEGATORS.has(prev.lower) &&
    !AUX_WORDS.has(prev.lower) && (MODAL_WORDS.has(twoBack) || twoBack === 'to') && !CUE_INDEX.has(prev.lower)) return true;
  // Past forms after a noun are verbs ("the prime minister's office criticized"); others may be nouns.
  if (isParticipleForm(tokens[i]!.lower)) return false;
  const modifier = prev.kind === 'word' && !prev.cap && !prev.lower.endsWith('s') && !prev.lower.endsWith('ly') && !ADVERBS.has(prev.lower) && !NEGATORS.has(prev.lower);
  // Only a possessive settles it past a modifier: "the union's wage demands" (but "the strategy suggests");
  // a gerund after a determiner and a modifier is a noun too ("a swift signing").
  const before = tokens[i - 2];
  const gerund = tokens[i]!.lower.endsWith('ing') && isDeterminer(before);
  return modifier && !!before && (gerund || before.kind === 'poss' || /^(?:its|their|his|her|our|whose)$/.test(before.lower));
}

export function findCues(tokens: readonly Token[], mentions: readonly Mention[]): CueMatch[] {
  const cues: CueMatch[] = [];
  let inMention: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || EXCLUDED_FORMS.has(t.lower)) continue;
    const entries = CUE_INDEX.get(t.lower);
    if (!entries) continue;
    if (!inMention) {
      inMention = new Uint8Array(tokens.length);
      for (const m of mentions) inMention.fill(1, m.start, m.end);
    }
    if (inMention[i] || nounUse(tokens, i, inMention, mentions)) continue;
    for (const entry of entries) {
      if (!entry.rest.every((w, k) => tokens[i + 1 + k]?.lower === w)) continue;
      const end = i + 1 + entry.rest.length;
      const first = entry.first;
      if (ADJECTIVAL.has(first) && beBefore(tokens, i) < 0 && first !== 'against') continue;
      if (first === 'against' && beBefore(tokens, i) < 0) continue;
      const past = isParticipleForm(t.lower) && !ADJECTIVAL.has(first);
      const byNext = tokens[end]?.lower === 'by';
      const passive = past && beBefore(tokens, i) >= 0;
      // An agentless passive states no holder ("any ceasefire is backed by solid guarantees" has one, but no stakeholder).
      if (passive && !byNext) break;
      const participle = !passive && past && byNext && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.lower === 'and' || /^(?:a|an|the)$/.test(tokens[i - 2]?.lower ?? ''));
      cues.push({ start: i, end, entry, passive, participle });
      i = end - 1;
      break;
    }
  }
  return cues;
}
