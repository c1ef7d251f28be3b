import { BASE_AFTER_MODAL, CUE_FORMS, type CueEntry, type CueForm, TRANSITIVE_FORMS } from '../lexicon/cues.js';
import { ADVERBS, ARTICLES, CLAUSE_ENDS, NEGATORS, PREPOSITIONS } from '../lexicon/words.js';
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
const ADJECTIVAL = new Set(['ready', 'prepared', 'willing', 'unwilling', 'reluctant', 'open', 'concerned', 'against', 'committed', 'supportive', 'appreciative',
  'critical', 'dismissive', 'contemptuous', 'hostile', 'averse', 'resistant', 'opposed', 'sceptical', 'skeptical', 'wary', 'suspicious', 'leery', 'worried',
  'uneasy', 'unhappy', 'keen', 'eager', 'determined', 'anxious', 'happy', 'content', 'adamant', 'firm']);
/** How far the closing words of a framed cue may be from its verb ("put X on the table"). */
const FRAME_REACH = 15;
const PARTICIPLES = new Set(['put', 'sought', 'fought', 'drawn', 'laid', 'come', 'vetoed']);
const EXCLUDED_FORMS = new Set(['including']);
const FINITE_AFTER_PARTICIPLE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must']);
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

const INDEFINITE = new Set(['a', 'an']);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her', 'our', 'whose']);
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'whose']);
const isDeterminer = (t: Token | undefined) => !!t && (t.kind === 'poss' || DETERMINER_WORDS.has(t.lower));

/**
 * "the demand", "its push for", "the union's wage demands": a determiner or possessive right before
 * the word (or before one modifier that is not a plural subject) makes it a noun, not a cue.
 */
function nounUse(tokens: readonly Token[], i: number, inMention: Uint8Array, mentions: readonly Mention[]): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (inMention[i - 1]) {
    // "the American offer of …": an attributive stakeholder after a determiner.
    const m = mentions.find((x) => x.end === i);
    // "a Brussels lobby whose members …": a name after an indefinite article modifies the word, which is a noun.
    return !!m && ((m.kind === 'adjective' && isDeterminer(tokens[m.start - 1])) || (!m.possessive && INDEFINITE.has(tokens[m.start - 1]?.lower ?? '')));
  }
  if (isDeterminer(prev)) return true;
  // "the 14 blocks at its core", "two bans": a plural after a number is counted, so a noun.
  // ("the Group of 77 demands" is a name and a verb).
  if (prev.kind === 'num' && tokens[i]!.lower.endsWith('s') && tokens[i - 2]?.kind === 'word' && !tokens[i - 2]!.cap && tokens[i - 2]!.lower !== 'of') return true;
  // "refused both demands" (a plural noun), but "both demand a vote" (a verb after a pronoun).
  if (prev.lower === 'both' && tokens[i]!.lower.endsWith('s')) return true;
  // "rejected calls for", "welcomed offers of": right after a transitive cue verb, the word is its object.
  if (prev.kind === 'word' && TRANSITIVE_FORMS.has(prev.lower)) return true;
  // "a fair offer", "an urgent request": an indefinite article and a modifier make a noun phrase.
  const twoBack = tokens[i - 2]?.lower ?? '';
  if ((twoBack === 'a' || twoBack === 'an') && prev.kind === 'word' && !prev.cap && !prev.lower.endsWith('ly') && !tokens[i]!.lower.endsWith('ed')) return true;
  // "would cap support for", "to boost support for": the object of the verb before it.
  if (prev.kind === 'word' && !prev.cap && !prev.lower.endsWith('ly') && !ADVERBS.has(prev.lower) && !NEGATORS.has(prev.lower) &&
    !AUX_WORDS.has(prev.lower) && (MODAL_WORDS.has(twoBack) || twoBack === 'to') && !CUE_FORMS.has(prev.lower)) return true;
  // Past forms after a noun are verbs ("the prime minister's office criticized"); others may be nouns.
  if (isParticipleForm(tokens[i]!.lower)) return false;
  const modifier = prev.kind === 'word' && !prev.cap && !prev.lower.endsWith('s') && !prev.lower.endsWith('ly') && !ADVERBS.has(prev.lower) && !NEGATORS.has(prev.lower);
  // Only a possessive settles it past a modifier: "the union's wage demands" (but "the strategy suggests");
  // a gerund after a determiner and a modifier is a noun too ("a swift signing").
  const before = tokens[i - 2];
  const gerund = tokens[i]!.lower.endsWith('ing') && isDeterminer(before);
  return modifier && !!before && (gerund || before.kind === 'poss' || OWNER_WORDS.has(before.lower));
}

export function findCues(tokens: readonly Token[], mentions: readonly Mention[]): CueMatch[] {
  const cues: CueMatch[] = [];
  let inMention: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // Most words are no cue: one lookup settles them before the exclusions are checked.
    const form = CUE_FORMS.get(t.lower) ?? baseAfterModal(tokens, i);
    if (!form || EXCLUDED_FORMS.has(t.lower)) continue;
    const next = form.next;
    const exact = next?.get(tokens[i + 1]?.lower ?? '');
    // "voted 5-2 against", "lobbied hard against": a tally or an adverb may sit before the particle.
    const gap = next ? skippable(tokens, i + 1) : 0;
    const gapped = gap ? next!.get(tokens[i + 1 + gap]?.lower ?? '') : undefined;
    const plain = form.plain;
    if (!exact && !gapped && !plain) continue;
    if (!inMention) {
      inMention = new Uint8Array(tokens.length);
      for (const m of mentions) inMention.fill(1, m.start, m.end);
    }
    if (inMention[i] || nounUse(tokens, i, inMention, mentions)) continue;
    entries: for (let pass = 0; pass < 3; pass++) {
      const list = pass === 0 ? exact : pass === 1 ? gapped : plain;
      if (!list) continue;
      const off = pass === 1 ? gap : 0;
      for (const entry of list) {
      const end = restEnd(tokens, i + 1 + off, entry.rest);
      if (end < 0) continue;
      // "call both sides back in October", "scaled back": a particle, not the verb "back".
      // "push back the start date", "scale back the programme": right after a verb of moving, "back" is its particle too.
      if (entry.first === 'back' && !entry.rest.length && t.lower === 'back' && (!tokens[end] || tokens[end]!.kind === 'punct' || PREPOSITIONS.has(tokens[end]!.lower) || MOVING_VERBS.has(tokens[i - 1]?.lower ?? ''))) continue;
      if (entry.frame && frameAt(tokens, end, entry.frame) < 0) continue;
      // "warned that …" is a report; only "warned X against Y" states a stance.
      if (entry.takes === 'caution' && againstAfter(tokens, end) < 0) continue;
      const first = entry.first;
      // "has committed to publishing X" is the verb; "is committed to X" the adjective.
      if (ADJECTIVAL.has(first) && beBefore(tokens, i) < 0 && first !== 'against' && !(first === 'committed' && (haveBefore(tokens, i) || inMention[i - 1] || SUBJECT_PRONOUNS.has(tokens[i - 1]?.lower ?? '')))) continue;
      // "was warmly received by X" / "was coolly received": the adverb says which way; plain "received" states nothing.
      if (first === 'receive' && RECEPTION_ADVERBS.get(tokens[i - 1]?.lower ?? '') !== entry.stance) continue;
      if (first === 'against' && beBefore(tokens, i) < 0) continue;
      const past = isParticipleForm(t.lower) && !ADJECTIVAL.has(first);
      // "introduced in September by X": a short time phrase may sit between the participle and "by".
      const byAt = tokens[end]?.lower === 'by' ? end : timeThenBy(tokens, end);
      const byNext = byAt >= 0;
      // "the volume of water actually released was rejected": a past form right before a finite verb modifies the noun before it.
      if (past && FINITE_AFTER_PARTICIPLE.has(tokens[end]?.lower ?? '')) break entries;
      // "its analysis, published in April, requires …": a participle between commas that takes no object describes the noun before it.
      if (past && !byNext && tokens[i - 1]?.text === ',' && (tokens[end]?.text === ',' || TIME_PREPOSITIONS.has(tokens[end]?.lower ?? '')) && !entry.rest.length) break entries;
      const passive = past && beBefore(tokens, i) >= 0;
      // An agentless passive states no holder ("any ceasefire is backed by solid guarantees" has one, but no stakeholder).
      if (passive && !byNext) break entries;
      const participle = !passive && past && byNext && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.lower === 'and' || ARTICLES.has(tokens[i - 2]?.lower ?? '') ||
        (nounBefore(tokens[i - 1], inMention[i - 1]!) && agentAt(tokens, byAt + 1, inMention)));
      cues.push({ start: i, end, entry, passive, participle });
      // "put a fair offer on the table": the words up to the frame are the object, not further cues.
      i = entry.frame ? frameAt(tokens, end, entry.frame) + entry.frame.length - 1 : end - 1;
      break entries;
      }
    }
  }
  return cues;
}

/** Adverbs that make "received" a stance, and which. */
const RECEPTION_ADVERBS = new Map<string, CueEntry['stance']>([
  ...['warmly', 'well', 'positively', 'favourably', 'favorably', 'enthusiastically', 'gladly'].map((w) => [w, 'SUPPORTED'] as const),
  ...['coolly', 'poorly', 'badly', 'frostily', 'coldly', 'negatively', 'unfavourably', 'unfavorably', 'sceptically', 'skeptically'].map((w) => [w, 'OPPOSED'] as const),
]);

const MODAL_OR_TO = new Set([...MODAL_WORDS, 'to']);

/** "would challenge the ruling", "plans to protest the decision": a noun-like verb's base form after a modal or "to". */
function baseAfterModal(tokens: readonly Token[], i: number): CueForm | undefined {
  const entries = BASE_AFTER_MODAL.get(tokens[i]!.lower);
  if (!entries) return undefined;
  // "would still challenge", "will also protest": an adverb may sit between the modal and the verb.
  const j = ADVERBS.has(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return MODAL_OR_TO.has(tokens[j]?.lower ?? '') ? { plain: entries } : undefined;
}

const HAVE_FORMS = new Set(['has', 'have', 'had']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/** "has committed", "have now committed": a form of "have" before i, over adverbs. */
function haveBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const l = tokens[j]!.lower;
    if (HAVE_FORMS.has(l)) return true;
    if (!(ADVERBS.has(l) || (l.endsWith('ly') && !tokens[j]!.cap))) return false;
  }
  return false;
}

/** Words before a past form that make it a verb of its own clause, not a reduced relative ("the clause sought by X"). */
const NOT_NOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'who', 'which', 'that', 'and', 'or', 'but', 'then', 'also', 'to']);

/** A common noun right before a past form: "the penalty clause sought by X", "a swap tabled by X". */
function nounBefore(t: Token | undefined, inMention: number): boolean {
  if (!t || t.kind !== 'word' || t.cap || inMention) return false;
  const l = t.lower;
  return !NOT_NOUNS.has(l) && !ADVERBS.has(l) && !NEGATORS.has(l) && !MODAL_WORDS.has(l) && !AUX_WORDS.has(l) && !PREPOSITIONS.has(l) && !l.endsWith('ly') &&
    !l.endsWith("n't") && !isParticipleForm(l) && !CUE_FORMS.has(l) && !BE.has(l);
}

const WEEKDAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'last', 'earlier', 'this']);
const AT_THE_TIME = new Set(['time', 'outset', 'start', 'weekend', 'summit', 'meeting']);

/** "in September by", "last week by", "on Monday by": the index of "by" after a short time phrase, or -1. */
function timeThenBy(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  // "endorsed at the time by X", "welcomed at the outset by X".
  if (t?.lower === 'at' && tokens[k + 1]?.lower === 'the' && AT_THE_TIME.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'by') return k + 3;
  if (!t || !TIME_PREPOSITIONS.has(t.lower)) return -1;
  const n = tokens[k + 1];
  if (!n || (!n.cap && n.kind !== 'num' && n.lower !== 'week' && n.lower !== 'month' && n.lower !== 'year')) return -1;
  if (tokens[k + 2]?.lower === 'by') return k + 2;
  return tokens[k + 2]?.kind === 'num' && tokens[k + 3]?.lower === 'by' ? k + 3 : -1;
}

/** A stakeholder right after "by" (over a determiner): "by Bishkek", "by the union". */
function agentAt(tokens: readonly Token[], k: number, inMention: Uint8Array): boolean {
  if (ARTICLES.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'both') k++;
  return !!inMention[k];
}

/** Index where a cue's closing words start ("on the table" in "put a cap on the table"), or -1 before the clause ends. */
export function frameAt(tokens: readonly Token[], from: number, frame: readonly string[]): number {
  for (let k = from + 1; k < tokens.length && k - from <= FRAME_REACH; k++) {
    if (CLAUSE_ENDS.has(tokens[k]!.text)) return -1;
    if (restEnd(tokens, k, frame) >= 0) return k;
  }
  return -1;
}

/** Clause ends after which a feared outcome no longer runs ("worry it could weaken X and pressure Y; but …"). */
const FEAR_SCOPE_END = new Set(['.', ';', ':', '—', '–', 'but', 'while', 'whereas', 'although', 'though']);

/**
 * Cues inside a feared outcome ("worry it could weaken X and pressure Ukraine to make concessions")
 * describe what the holder fears, not what anyone holds: the fear cue reads that clause whole.
 */
export function withoutFearedCues(tokens: readonly Token[], cues: CueMatch[]): CueMatch[] {
  const fear = cues.filter((c) => c.entry.takes === 'fear');
  if (!fear.length) return cues;
  return cues.filter((c) => !fear.some((f) => {
    if (c.start <= f.start) return false;
    for (let k = f.end; k < c.start; k++) if (FEAR_SCOPE_END.has(tokens[k]!.lower)) return false;
    return true;
  }));
}

/** "cautioned governments against": the index of "against" within a short object after a warning verb, or -1. */
export function againstAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.lower === 'against') return k;
    if (t.kind === 'punct' || t.lower === 'that' || t.lower === 'to') return -1;
  }
  return -1;
}

/** Verbs whose particle "back" means again or less, never support: "push back the date", "scaled back the plan". */
const MOVING_VERBS = new Set(['push', 'pushed', 'pushing', 'pushes', 'scale', 'scaled', 'scaling', 'roll', 'rolled', 'rolling', 'cut', 'cutting', 'pare', 'pared',
  'paring', 'claw', 'clawed', 'clawing', 'hold', 'held', 'holding', 'set', 'setting', 'put', 'putting', 'bring', 'brought', 'bringing', 'move', 'moved', 'moving',
  'dial', 'dialled', 'dialed', 'wind', 'winding', 'wound', 'turn', 'turned', 'turning', 'pull', 'pulled', 'pulling', 'step', 'stepped', 'stepping', 'come', 'came', 'coming', 'go', 'went', 'going']);

/** Tokens between a verb and its particle that change nothing: "5-2", "7 to 2", "unanimously", "hard". */
function skippable(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.kind === 'num') {
    const n = tokens[k + 1]?.lower;
    const tally = (n === '-' || n === '–' || n === 'to') && tokens[k + 2]?.kind === 'num' ? 3 : 1;
    // "voted 7-4 on Tuesday against": a day may follow the tally.
    return tokens[k + tally]?.lower === 'on' && WEEKDAY_WORDS.has(tokens[k + tally + 1]?.lower ?? '') ? tally + 2 : tally;
  }
  if (t.kind === 'word' && !t.cap && (ADVERBS.has(t.lower) || t.lower === 'hard' || (t.lower.endsWith('ly') && t.lower.length > 4))) return 1;
  // "voted on Monday to reject": a day between the verb and its particle.
  if (t.lower === 'on' && WEEKDAY_WORDS.has(tokens[k + 1]?.lower ?? '')) return 2;
  return 0;
}

/** Where the rest of a cue ends, or -1; a quotation mark may sit inside it ('"not closed" to', '"sympathetic to"'). */
function restEnd(tokens: readonly Token[], from: number, rest: readonly string[]): number {
  let j = from;
  for (let k = 0; k < rest.length; k++, j++) {
    if (k > 0 && QUOTE_MARKS.has(tokens[j]?.text ?? '')) j++;
    if (tokens[j]?.lower !== rest[k]) return -1;
  }
  return j;
}

const QUOTE_MARKS = new Set(['"', '“', '”']);
