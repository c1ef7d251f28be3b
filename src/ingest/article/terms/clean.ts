import type { Stance } from '../../../model/vocabulary.js';
import { NOMINAL_CUES } from '../lexicon/cues.js';
import { ANAPHORIC_NOUNS, DETERMINERS, PREPOSITIONS, DOC_NOUNS, FUNCTION_WORDS_TERM, HARMS, PLAN_PART_NOUNS, POSSESSIVE_PRONOUNS, REVERSALS, MONTHS, TRAILING_ADVERBS, WEEKDAYS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import type { Entity } from '../stakeholders/registry.js';
import { contentStems, stem } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import {
  AGENT_NOUNS, AGENT_OBJECT_PREPOSITIONS, AGENT_PREPOSITIONS, ATTRIBUTES, CONTAINER_PREPOSITIONS, DAY_WORDS, GENERIC_ADJECTIVES, GENERIC_HEADS, HEDGE_NOUNS,
  HEDGE_PREPOSITIONS, IT_THEM, OWN_CHOICES, PERIOD_DETERMINERS, PERIODS,
} from './term-words.js';

/**
 * Turns an object phrase into a term: determiners, quotes, "what they called", time adverbials and
 * container nouns ("the threat of snapback" → snapback) are cut; generic objects ("the initial
 * terms", "the demand", "this change", "the Saudi position") are flagged for the discourse to resolve.
 */
export type Generic = 'parts' | 'whole' | 'demand' | 'prior' | 'position' | 'pronoun';

export interface CleanTerm {
  text: string;
  stems: string[];
  generic?: Generic;
  /** Possessor or attributive stakeholder of a generic or container noun ("the Commission's stance"). */
  owners: Entity[];
  /** "the American offer of X": the owner holds X with this stance too. */
  nominal?: Stance;
  /** "weaken X": a stance on X with the opposite sign. */
  harm: boolean;
  /** "X's refusal to Y": criticising it supports Y, backing it opposes Y; X itself opposes Y. */
  refusal?: boolean;
  /** "demanded no new licences": the object is the absence of the term ("no" is dropped from the text). */
  none?: boolean;
  docHead?: string;
}

/** "no less than 5%", "no later than 2030", "no one": "no" as part of a quantity or pronoun, not the absence of what follows. */
const NOT_NONE = new Set(['less', 'fewer', 'more', 'later', 'sooner', 'earlier', 'longer', 'greater', 'higher', 'lower', 'further', 'one', 'matter']);

const LEAD = new Set(['to', 'achieving', 'reaching', 'pursuing', 'ensure', 'ensuring', 'so-called', 'either', 'both', 'instead', 'see', 'seeing']);

const CALLED = new Set(['called', 'call', 'calls', 'described', 'termed', 'dubbed', 'labelled', 'labeled']);

const REFUSALS = new Set(['refusal', 'failure', 'reluctance', 'unwillingness']);

const CONTAINERS = new Set([...Object.keys(NOMINAL_CUES), ...REFUSALS, 'threat', 'idea', 'prospect', 'notion', 'principle', 'concept', 'question', 'plans', 'possibility',
  // "welcomed Egypt's decision to open the crossing": the decision's content is the term.
  'decision', 'willingness', 'readiness', 'commitment', 'pledge', 'promise', 'efforts', 'attempt', 'bid']);

const BE_PAST = new Set(['was', 'were', 'is', 'are', 'be']);
const INCLUSION = new Set(['included', 'adopted', 'added', 'incorporated', 'kept', 'retained', 'reflected', 'enshrined', 'mentioned', 'referenced', 'written', 'put', 'part', 'considered', 'discussed']);

const POSITION_NOUNS = new Set(['position', 'stance', 'view', 'line', 'positions', 'views']);

// Plurals too: "refused both demands" is the latest demands of one holder, all of them.
const DEMAND_NOUNS = new Set(['demand', 'demands', 'request', 'requests', 'offer', 'offers', 'call', 'ultimatum']);

const BALLOT_SIDES = new Set(['no', 'yes']);
const LEADING_TIME = new Set(['in', 'on', 'since', 'until']);

const PRIOR_NOUNS = new Set(['change', 'shift', 'move', 'step', 'decision', 'idea', 'measure', 'approach', 'it', 'them', 'this', 'these', 'those', 'that']);

const QUOTE = /["“”]/g;
const SPACES = /\s+/g;

/**
 * The evidence text of a term with quotes removed and whitespace runs made single spaces, trimmed:
 * what `.replace(QUOTE, '').replace(SPACES, ' ').trim()` gives. Most spans have nothing to change,
 * which one scan settles without the two regex replacements.
 */
function tidy(text: string): string {
  let plain = text.length > 0;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII other than '"', or a single space between two such characters; anything else
    // (other whitespace, curly quotes, non-ASCII) takes the regex path.
    if (c === 32) plain = i > 0 && i < text.length - 1 && text.charCodeAt(i + 1) !== 32;
    else plain = c > 32 && c < 127 && c !== 34;
  }
  return plain ? text : text.replace(QUOTE, '').replace(SPACES, ' ').trim();
}

export function cleanTerm(analysis: string, tokens: readonly Token[], range: [number, number], mentions: readonly Mention[], expand: (head: string) => string | undefined): CleanTerm | undefined {
  let [a, b] = range;
  const definite = tokens[a]?.lower === 'the';
  let none = false;
  for (let again = true; again && a < b; ) {
    again = false;
    const t = tokens[a]!;
    // "that no licence be approved": in a clause, "no" is what is demanded, not a determiner to drop.
    if (t.lower === 'no' && subjunctiveAfter(tokens, a + 1, b)) break;
    if (t.lower === 'no' && !NOT_NONE.has(tokens[a + 1]?.lower ?? '')) none = true;
    if ((t.kind === 'punct' && t.text !== '$') || DETERMINERS.has(t.lower) || LEAD.has(t.lower)) (a++, (again = true));
    else if (t.lower === 'what' && CALLED.has(tokens[a + 2]?.lower ?? '')) (a += 3, (again = true));
    // "endorsed in June a formula …": a time phrase between the verb and its object is no part of the term.
    else if (LEADING_TIME.has(t.lower) && b - a > 3 && (MONTHS.has(tokens[a + 1]?.lower ?? '') || WEEKDAYS.has(tokens[a + 1]?.lower ?? ''))) (a += 2, (again = true));
  }
  for (let again = true; again && b > a; ) {
    again = false;
    const t = tokens[b - 1]!;
    const l = t.lower;
    if (t.kind === 'punct' && t.text !== ')' && t.text !== '%') (b--, (again = true));
    // "a compromise under [which …]": a preposition left behind when its clause was cut.
    else if (PREPOSITIONS.has(l) && b - 1 > a) (b--, (again = true));
    else if (TRAILING_ADVERBS.has(l) || DAY_WORDS.has(l)) (b--, (again = true));
    else if (WEEKDAYS.has(l) && tokens[b - 2]?.lower === 'on') (b -= 2, (again = true));
    // "endorsed the package 7-2 in July": when and by what tally it was voted is no part of the term.
    else if (MONTHS.has(l) && tokens[b - 2]?.lower === 'in' && b - 2 > a) (b -= 2, (again = true));
    else if (t.kind === 'num' && tokens[b - 2]?.text === '-' && tokens[b - 3]?.kind === 'num' && b - 3 > a) (b -= 3, (again = true));
    // "welcomed the idea in principle", "backed the plan for now": hedges on the stance, not the term.
    else if (HEDGE_NOUNS.has(l) && HEDGE_PREPOSITIONS.has(tokens[b - 2]?.lower ?? '') && b - 2 > a) (b -= 2, (again = true));
    else if (PERIODS.has(l) && PERIOD_DETERMINERS.has(tokens[b - 2]?.lower ?? '')) (b -= 2, (again = true));
  }
  for (let k = a; k < b; k++) {
    // "any final deal to be put to a vote" keeps its content; "X to be included in the text" does not.
    if (tokens[k]!.lower === 'to' && tokens[k + 1]?.lower === 'be' && INCLUSION.has(tokens[k + 2]?.lower ?? '') && !(tokens[k + 2]!.lower === 'put' && tokens[k + 3]?.lower === 'to')) b = k;
    // "provided the ban was part of it", "if a review were included": the condition is the thing included.
    if (BE_PAST.has(tokens[k]!.lower) && k > a && (tokens[k + 1]?.lower === 'included' || (tokens[k + 1]?.lower === 'part' && tokens[k + 2]?.lower === 'of'))) b = k;
    if ((tokens[k]!.lower === 'that' || tokens[k]!.lower === 'which') && k > a && contentCount(tokens, a, k) >= 2 && !GENERIC_HEADS.has(tokens[k - 1]!.lower) && !PREPOSITIONS.has(tokens[k - 1]!.lower)) b = k;
  }
  if (b <= a) return undefined;
  // "campaign for a \"no\" vote": a vote's side names no term; what it is on is elsewhere.
  if (b - a === 1 && tokens[a]!.lower === 'vote' && BALLOT_SIDES.has(tokens[a - 2]?.lower ?? '')) return undefined;
  // "expressed reservations about its cost": an attribute of something named before, not a term.
  const [r0, r1] = range;
  if (r1 - r0 >= 2 && POSSESSIVE_PRONOUNS.has(tokens[r0]!.lower) && ATTRIBUTES.has(tokens[r0 + 1]!.lower) && (r1 - r0 === 2 || PREPOSITIONS.has(tokens[r0 + 2]!.lower))) {
    // "objected to its wording" alone: objecting to a plan's wording is objecting to the plan "it" refers to.
    return r1 - r0 === 2 && tokens[r0]!.lower === 'its' ? { text: 'it', stems: [], owners: [], harm: false, generic: 'pronoun' } : undefined;
  }
  // "Peru backed it": the thing just claimed, never a fresh term.
  if (b - a === 1 && IT_THEM.has(tokens[a]!.lower)) return { text: tokens[a]!.text, stems: [], owners: [], harm: false, generic: 'pronoun' };

  // Owner and container: "the American offer of X", "the Commission's stance", "Tehran's rejection of X".
  const owners: Entity[] = [];
  let nominal: Stance | undefined;
  let refusal = false;
  let owner: Mention | undefined;
  // "a separate Conservative proposal": generic adjectives may come before the owner.
  let ownerAt = a;
  while (ownerAt < b - 1 && GENERIC_ADJECTIVES.has(tokens[ownerAt]!.lower)) ownerAt++;
  for (const m of mentions) {
    if ((m.start === a || (m.start === ownerAt && m.kind === 'adjective')) && (m.possessive || m.kind === 'adjective')) {
      owner = m;
      break;
    }
  }
  let c = owner ? owner.end + (owner.possessive ? 1 : 0) : a;
  while (c < b && GENERIC_ADJECTIVES.has(tokens[c]!.lower)) c++;
  const noun = tokens[c]?.lower ?? '';
  // "a request from FreshCo to extend the deadline": the agent's own stance is read by nominal-agents.ts; the term is what follows.
  const agent = AGENT_NOUNS.has(noun) && AGENT_PREPOSITIONS.has(tokens[c + 1]?.lower ?? '') ? mentions.find((m) => m.start === c + 2 || (m.start === c + 3 && tokens[c + 2]!.lower === 'the')) : undefined;
  if (agent && AGENT_OBJECT_PREPOSITIONS.has(tokens[agent.end]?.lower ?? '') && agent.end + 1 < b) {
    a = agent.end + 1;
    while (a < b && DETERMINERS.has(tokens[a]!.lower)) a++;
  } else if ((CONTAINERS.has(noun) || (noun === 'plan' && tokens[c + 1]?.lower === 'to')) && CONTAINER_PREPOSITIONS.has(tokens[c + 1]?.lower ?? '') && c + 2 < b) {
    if (owner) owners.push(owner.entity);
    nominal = owner ? (REFUSALS.has(noun) ? 'OPPOSED' : (NOMINAL_CUES[noun]?.stance ?? (OWN_CHOICES.has(noun) ? 'SUPPORTED' : undefined))) : undefined;
    if (REFUSALS.has(noun)) refusal = true;
    a = c + 2;
    while (a < b && DETERMINERS.has(tokens[a]!.lower)) a++;
  } else if (owner && (POSITION_NOUNS.has(noun) || DEMAND_NOUNS.has(noun) || DOC_NOUNS.has(noun) || PLAN_PART_NOUNS.has(noun))) {
    owners.push(owner.entity);
  }
  const harm = HARMS.has(tokens[a]?.lower ?? '');
  if (harm) a++;
  if (b <= a) return undefined;

  // The owner's own words ("Iranian" in "the Iranian position") are not the term's content.
  const words = content(tokens, owners.length && owner && a < c ? c : a, b).filter((l) => !GENERIC_ADJECTIVES.has(l));
  const generic = classify(words, owners);
  if (!generic && words.length === 1 && REVERSALS.has(words[0]!)) return undefined;
  if (!generic && words.length === 0) return undefined;
  let text = tidy(analysis.slice(tokens[a]!.start, tokens[b - 1]!.end));
  if (definite && !generic && words.length === 1) text = expand(stem(words[0]!)) ?? text;
  return {
    text,
    stems: contentStems(text),
    owners,
    harm,
    ...(generic ? { generic } : {}),
    ...(nominal ? { nominal } : {}),
    ...(refusal ? { refusal } : {}),
    ...(none ? { none } : {}),
    ...(generic === 'whole' ? { docHead: words.at(-1)! } : {}),
  };
}

/** "licence be approved": a subjunctive "be" within a few words, so the phrase is a clause. */
function subjunctiveAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k - from < 5; k++) if (tokens[k]!.lower === 'be') return true;
  return false;
}

/** How many words content() would return, without building the list. */
function contentCount(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !FUNCTION_WORDS_TERM.has(t.lower) && !POSSESSIVE_PRONOUNS.has(t.lower)) n++;
    if (t.kind === 'num') n++;
  }
  return n;
}

function content(tokens: readonly Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !FUNCTION_WORDS_TERM.has(t.lower) && !POSSESSIVE_PRONOUNS.has(t.lower)) out.push(t.lower);
    if (t.kind === 'num') out.push(t.lower);
  }
  return out;
}

function classify(words: string[], owners: Entity[]): Generic | undefined {
  if (words.length === 0 || words.length > 2) return undefined;
  const all = (set: Set<string>) => words.every((w) => set.has(w));
  if (all(PLAN_PART_NOUNS)) return 'parts';
  if (owners.length && all(POSITION_NOUNS)) return 'position';
  if (all(DEMAND_NOUNS)) return 'demand';
  if (all(DOC_NOUNS)) return 'whole';
  if (words.every((w) => PRIOR_NOUNS.has(w) || DOC_NOUNS.has(w) || ANAPHORIC_NOUNS.has(w))) return 'prior';
  return undefined;
}
