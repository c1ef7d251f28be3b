import type { CueEntry } from '../lexicon/cues.js';
import { contentStems, dice } from '../text/normalise.js';
import type { Stance } from '../../../model/vocabulary.js';
import { type Mention, detectMentions } from '../stakeholders/detect.js';
import { GROUP_NOUN_SET, STATE_NOUN_SET } from '../stakeholders/patterns.js';
import type { Entity, Registry } from '../stakeholders/registry.js';
import type { TermRegistry } from '../terms/registry.js';
import { type Token, tokenize } from '../text/tokens.js';
import type { Sentence } from '../types.js';
import { verbish } from './clauses.js';
import { type CueMatch, findCues, withoutFearedCues } from './cues.js';
import type { Discourse, Subject, TermRef } from './discourse.js';
import { type Previous, type SentenceState, resolveHolders } from './holders.js';
import { inherit } from './pronouns.js';
import { attributed, hedged, negationBefore, unasserted } from './modality.js';
import { type ObjectSpan, objectOf, urgedTo, urgesAlone } from './objects.js';
import { span } from './object-span.js';
import { nominalStances } from './nominal.js';
import { nominalAgents } from './nominal-agents.js';
import { appositiveStances } from './appositives.js';
import { reportedEvaluations } from './evaluations.js';
import { receptions } from './reception.js';
import { agentNouns } from './agent-nouns.js';
import { AGENT_NOUN, APPOSITIVE, EVALUATION, RECEPTION_NOUN, STANCE_NOUN, WITHOUT, sentenceTriggers } from './triggers.js';
import { verblessDemands } from './verbless.js';
import { planContents, underPlan } from './plan-contents.js';
import { priorities } from './priorities.js';
import { scanSentence } from './scan.js';
import { claims } from './claims.js';
import { cleanTerm } from '../terms/clean.js';
import { purposeClauses } from './purpose.js';
import { mainSubject } from './main-subject.js';
import { butNotTo, negatedReadiness, skipAppositive } from './elided.js';

/** A stance found in one sentence, before ids, sources and offsets are attached. */
export interface Candidate {
  holder: Entity;
  term: TermRef;
  termIsNew: boolean;
  stance: Stance;
  confidence: number;
  /** How it was read, for reviewers: cue, holder route, hedges. */
  note: string;
}

/**
 * The sentence state, with its main subject worked out on first use. A class rather than an object
 * literal with getters: a literal with accessors is built through a slow path on every sentence.
 */
class State implements SentenceState {
  readonly previous: Previous[] = [];
  private subject: Subject | undefined;
  private verb: number | undefined;
  private computed = false;

  constructor(readonly tokens: readonly Token[], readonly mentions: readonly Mention[], readonly registry: Registry, readonly discourse: Discourse) {}

  get main(): Subject {
    this.subject ??= { entities: [] }; // a guard while it is being computed
    if (!this.computed) (this.computed = true), ([this.subject, this.verb] = mainSubject(this));
    return this.subject;
  }

  get mainVerb(): number | undefined {
    void this.main;
    return this.verb;
  }
}

const NO_CUES: ReadonlySet<number> = new Set<number>();
const ACCEPTING = new Set(['accept', 'agree', 'support', 'back', 'endorse', 'sign']);
const OPEN = new Set(['open', 'not', 'live', 'sympathetic', 'receptive', 'amenable']);
const ADDRESSEE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'both', 'all']);

const SENDING = new Set(['submit', 'refer']);
const WANTING = new Set(['want', 'demand', 'seek']);
const REMOVED = new Set([
  'scrapped', 'dropped', 'withdrawn', 'shelved', 'abandoned', 'repealed', 'killed', 'axed', 'ditched', 'rescinded', 'revoked', 'cancelled', 'canceled',
  'abolished', 'removed', 'eliminated', 'lifted', 'suspended', 'halted', 'reversed', 'overturned', 'binned', 'junked', 'annulled', 'struck',
]);
const REMOVAL_ADVERBS = new Set(['outright', 'altogether', 'entirely', 'completely', 'immediately', 'permanently', 'now']);
/** "the levy dropped", "the discount abolished outright": where the removal participle ending the phrase starts, or -1. */
function removedAt(tokens: readonly Token[], [a, b]: readonly [number, number]): number {
  let k = b - 1;
  while (k > a && REMOVAL_ADVERBS.has(tokens[k]!.lower)) k--;
  return k > a && REMOVED.has(tokens[k]!.lower) ? k : -1;
}
const SPEECH_VERBS = new Set(['say', 'comment', 'confirm', 'disclose', 'elaborate', 'specify', 'discuss', 'answer', 'respond', 'speculate', 'reveal', 'name', 'detail']);
const ONLY_IF = new Set(['if', 'when', 'once']);
const CONDITIONAL_MODALS = new Set(['could', 'would', 'might']);
const CONDITION_ENDS = new Set(['.', ';', ':', '!', '?']);
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'he', 'she', 'we', 'i', 'you']);

/**
 * "only if it applied to shorter careers", "if it were funded within the budget": a condition about the
 * thing itself is its predicate ("applied to shorter careers"); "as long as it does" says nothing.
 */
function predicateOnly(tokens: readonly Token[], k: number): number {
  if (!PRONOUN_SUBJECTS.has(tokens[k]?.lower ?? '')) return k;
  let j = k + 1;
  if (BE_FORMS.has(tokens[j]?.lower ?? '')) j++;
  let q = j;
  while (q < tokens.length && !CONDITION_ENDS.has(tokens[q]!.text) && tokens[q]!.text !== ',') q++;
  // "as long as it applies to every flag" only restates the thing's scope; a predicate with more says what is asked.
  const words = tokens.slice(j, q).filter((t) => !t.lower.endsWith('ly')).map((t) => t.text);
  return contentStems(words.join(' ')).length >= 3 ? j : tokens.length;
}

const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be']);
const MODAL_ADVERBS = new Set(['also', 'still', 'happily', 'readily', 'then']);

/** "could accept", "would also back", "would be open to": a conditional modal in the cue's verb group. */
function conditionalModalBefore(tokens: readonly Token[], cueStart: number): boolean {
  let j = cueStart - 1;
  while (j >= 0 && (MODAL_ADVERBS.has(tokens[j]!.lower) || tokens[j]!.lower === 'be')) j--;
  return CONDITIONAL_MODALS.has(tokens[j]?.lower ?? '');
}

/** Where the condition clause of a conditional stance starts, or -1: "only … if/when Y" after support, "unless Y" after a refusal. */
function conditionAfter(tokens: readonly Token[], cueStart: number, cueFirst: string, end: number, stance: Stance, negations: number): number {
  let k = skipAppositive(tokens, end);
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'but' && tokens[k + 1]?.lower === 'only') k++;
  const only = tokens[k]?.lower === 'only' ? (k++, true) : false;
  const w = tokens[k]?.lower ?? '';
  if (w === 'unless') return stance === 'OPPOSED' && negations > 0 ? k + 1 : -1;
  if (w === 'provided' || (w === 'as' && tokens[k + 1]?.lower === 'long' && tokens[k + 2]?.lower === 'as')) {
    if (stance !== 'SUPPORTED') return -1;
    return w === 'as' ? k + 3 : tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
  }
  if (!ONLY_IF.has(w) || stance !== 'SUPPORTED') return -1;
  if (only) return k + 1;
  // "would only support X if …": "only" in the verb group before the cue.
  for (let j = cueStart - 1; j >= 0 && cueStart - j <= 3; j--) if (tokens[j]!.lower === 'only') return k + 1;
  // "she could accept it if the review were brought forward", "would drop its objection to X if Y": support under a
  // conditional modal names its condition too.
  if (w === 'if' && negations === 0 && conditionalModalBefore(tokens, cueStart)) return k + 1;
  // "was 'not closed' to X if Y", "is open to X if Y": openness on a condition names the condition.
  if (w === 'if' && OPEN.has(cueFirst)) return k + 1;
  return -1;
}

/** The side the ally after "sided with" took on the object's issue in its latest claims, if any. */
function alliedSide(st: State, from: number, object: ObjectSpan): Stance | undefined {
  const at = st.tokens[from]?.lower === 'the' ? from + 1 : from;
  const ally = st.mentions.find((m) => m.start === at);
  const range = object.phrases[0];
  if (!ally || !range) return undefined;
  const issue = contentStems(st.tokens.slice(range[0], range[1]).map((t) => t.text).join(' '));
  const claim = st.discourse.latestClaimsOf(ally.entity).find((c) => dice(contentStems(c.term.label), issue) >= 0.5);
  return claim && (claim.stance === 'OPPOSED' ? 'OPPOSED' : 'SUPPORTED');
}

/** "would push the curfew back to midnight", "push back the start date": an urging verb that urges nobody to do anything is no cue, so a plan's content can start there. */
const idleUrge = (tokens: readonly Token[], c: CueMatch) =>
  c.entry.takes === 'urge' && !urgesAlone(c.entry.first) && (urgedTo(tokens, c.end) < 0 || tokens[c.end]?.lower === 'back');

/** Keeps the object of a cue nobody holds, when it names a thing of its own, for an "it" in the next sentence. */
function noteUnheld(st: State, analysis: string, range: [number, number]): void {
  const clean = cleanTerm(analysis, st.tokens, range, st.mentions, (head) => st.discourse.phrases.get(head));
  if (clean && !clean.generic) st.discourse.unheld = clean.text;
}

/** The conditions from `start` to the end of the sentence or clause, split before each "and if" / "or if": [from, to) of each. */
function conditions(tokens: readonly Token[], start: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  let end = start;
  while (end < tokens.length && !CONDITION_ENDS.has(tokens[end]!.text)) end++;
  for (let k = start + 1; k < end - 1; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'and' || w === 'or') && tokens[k + 1]!.lower === 'if') {
      out.push([from, k]);
      from = k + 2;
    }
  }
  out.push([from, end]);
  return out;
}

/** Each phrase cut before a reduced clause with an agent ("the grain quota [sought by Canada]"). */
function withoutParticiples(object: ObjectSpan, cues: readonly CueMatch[]): ObjectSpan {
  let phrases: [number, number][] | undefined;
  for (const c of cues) {
    if (!c.participle) continue;
    for (let p = 0; p < object.phrases.length; p++) {
      const [a, b] = object.phrases[p]!;
      if (c.start > a + 1 && c.start < b) (phrases ??= object.phrases.slice())[p] = [a, c.start];
    }
  }
  return phrases ? { ...object, phrases } : object;
}

/** "the government to suspend payments" → "suspend payments": an object that opens with a stakeholder and "to" + verb. */
function withoutAddressee(st: State, object: ObjectSpan): ObjectSpan {
  const [s, e] = object.phrases[0]!;
  let k = s;
  while (k < e && ADDRESSEE_DETERMINERS.has(st.tokens[k]!.lower)) k++;
  let end = -1;
  for (const x of st.mentions) if ((x.start === k || x.start === s) && x.kind !== 'adjective') end = x.end;
  // "the government", "the authorities": a body the article need not have named.
  if (end < 0 && k > s && (STATE_NOUN_SET.at(st.tokens, k) || GROUP_NOUN_SET.at(st.tokens, k))) end = k + (STATE_NOUN_SET.at(st.tokens, k) || GROUP_NOUN_SET.at(st.tokens, k));
  if (end < 0 || st.tokens[end]?.lower !== 'to' || end + 1 >= e || st.tokens[end + 1]!.kind !== 'word' || st.tokens[end + 1]!.cap) return object;
  // "wants the union to accept X": what the other side is to accept is X.
  let v = end + 1;
  if (ACCEPTING.has(st.tokens[v]!.lower) && v + 1 < e) v += st.tokens[v]!.lower === 'agree' && st.tokens[v + 1]!.lower === 'to' ? 2 : 1;
  return { ...object, phrases: [[v, e], ...object.phrases.slice(1)] };
}

export function readSentence(sentence: Sentence, analysis: string, reg: Registry, terms: TermRegistry, discourse: Discourse): Candidate[] {
  const tokens = tokenize(analysis.slice(sentence.start, sentence.end), sentence.start);
  const mentions = detectMentions(tokens, reg);
  scanSentence(tokens, mentions, discourse);
  const st = new State(tokens, mentions, reg, discourse);
  const cues = withoutFearedCues(tokens, findCues(tokens, mentions)).filter((c) => !unnegatedRemoval(tokens, c) && !idleUrge(tokens, c));
  // Most sentences have no cue: they share one empty set (it is only ever read).
  const cueStarts: ReadonlySet<number> = cues.length ? new Set(cues.map((c) => c.start)) : NO_CUES;
  let isAttributed: boolean | undefined;
  const sentenceHedged = () => (isAttributed ??= attributed(analysis.slice(sentence.start, sentence.end).toLowerCase()));
  const out: Candidate[] = [];
  let consumed: Set<number> | undefined;

  for (const cue of cues) {
    if (consumed?.has(cue.start)) continue;
    // "condemned the decision to approve the pipeline": a noun's "to"-complement inside another cue's object.
    if (insideNounComplement(st, cue)) continue;
    const last = st.previous.at(-1);
    // "insisting that private bondholders accept X": a cue inside a that-clause object has its own subject there.
    const floor = last ? (last.clause && cue.start > last.objectStart && cue.start < last.objectEnd ? last.objectStart : last.objectEnd) : 0;
    let objectCue: Pick<CueMatch, 'end' | 'entry'> = cue;
    let stance = cue.entry.stance;
    const negation = negationBefore(tokens, cue.start, floor);
    if (negation === 'withdrawn' || unasserted(tokens, cue.start)) continue;
    let negations = negation ? 1 : 0;
    const control = cue.entry.control;
    if (cue.entry.takes === 'urge') {
      // The first "to" within ten tokens after the cue.
      let to = -1;
      for (let k = cue.end; k < tokens.length && k - cue.end < 10; k++) {
        if (tokens[k]!.lower === 'to') {
          to = k;
          break;
        }
      }
      const inner = to >= 0 ? cues.find((c) => c.start === to + 1) : undefined;
      // "urged both sides to submit the question to arbitration": sending X somewhere is not proposing X.
      if (inner && !inner.entry.control && !SENDING.has(inner.entry.first)) {
        (consumed ??= new Set()).add(inner.start);
        objectCue = inner;
        stance = inner.entry.stance;
      } else if (inner && SENDING.has(inner.entry.first)) {
        // "urged Korea to submit a proposal": the one urged would submit it, not the urger; no claim of its own.
        (consumed ??= new Set()).add(inner.start);
      }
    }
    if (control) {
      let k = cue.end;
      while (tokens[k] && tokens[k]!.lower.endsWith('ly') && !tokens[k]!.cap) k++;
      const inner = cues.find((c) => c.start === k);
      if (inner) {
        (consumed ??= new Set()).add(inner.start);
        objectCue = inner;
        stance = inner.entry.stance;
        if (control === 'negate') negations++;
        // "offered to accept a 12% haircut": offering to accept X is proposing X.
        if (control === 'offer' && cue.entry.first === 'offer' && stance === 'SUPPORTED' && ACCEPTING.has(inner.entry.first)) stance = 'PROPOSED';
      } else if (control === 'pass') continue;
      // "declined to say whether …", "refused to comment": no stance on anything.
      else if (control === 'negate' && SPEECH_VERBS.has(tokens[k]?.lower ?? '')) continue;
    }
    // "walk away from the table rather than accept Bishkek's figure": the alternative refused, by the same holder.
    const ratherThan = (tokens[cue.start - 1]?.lower === 'than' && tokens[cue.start - 2]?.lower === 'rather') || (tokens[cue.start - 1]?.lower === 'of' && tokens[cue.start - 2]?.lower === 'instead');
    if (ratherThan) negations++;
    const holders = ratherThan ? inherit(st) : resolveHolders(st, cue, floor);
    let object = objectOf(tokens, objectCue, cueStarts);
    // "wants it scrapped", "wants the levy dropped": wanting something removed is opposing it.
    const removed = object?.phrases.length === 1 && WANTING.has(objectCue.entry.first) ? removedAt(tokens, object.phrases[0]!) : -1;
    if (object && removed >= 0) {
      object = { ...object, phrases: [[object.phrases[0]![0], removed]] };
      stance = 'OPPOSED';
    }
    // "rejected the grain quota sought by Canada": the reduced clause with its agent is no part of the term.
    if (object && object.phrases.length) object = withoutParticiples(object, cues);
    // "wants the government to suspend payments": the stakeholder asked to act is no part of the term.
    if (object && object.mode === 'np' && object.phrases.length && cue.entry.takes === 'np') object = withoutAddressee(st, object);
    // ", a suggestion the two delegations welcomed in principle" and "a counter-offer, which the union rejected within
    // hours": the verb's object is the gap the antecedent fills; what follows a plain transitive cue is an adjunct.
    const gap = holders?.appositiveGap || holders?.objectGap;
    // ", which he rejected.": nothing after the verb; the antecedent is the whole object.
    if (gap && !object && cue.entry.takes === 'np') object = { phrases: [], end: cue.end, mode: 'np' };
    if (gap && object && objectCue === cue && cue.entry.takes === 'np' && !cue.entry.rest.length && object.phrases.length) object = { ...object, phrases: [] };
    st.previous.push({ cue, holders: holders ?? { entities: [], via: 'subject', negated: false, factor: 1 }, objectStart: objectCue.end, objectEnd: cue.participle ? floor : (object?.end ?? objectCue.end), ...(object?.mode === 'clause' ? { clause: true } : {}) });
    if ((!holders || holders.entities.length === 0) && object?.phrases.length === 1 && !object.ambiguous && !discourse.unheld) noteUnheld(st, analysis, object.phrases[0]!);
    if (!holders || holders.entities.length === 0 || !object || object.ambiguous || object.negatedOutcome) continue;
    // "sided with the neighbours on the curfew": the holder takes the ally's known side on the issue; an ally whose
    // side the article has not given says nothing about it.
    if (objectCue.entry.takes === 'side') {
      const allied = alliedSide(st, cue.end, object);
      if (!allied) continue;
      stance = allied;
    }
    if (holders.negated) negations++;
    // "could not afford X", "will not tolerate X": the plain use is not a stance.
    if (objectCue.entry.onlyNegated && negations === 0) continue;
    // "circulated a new draft that proposes X": the relative clause's cue states X; the verb alone states nothing.
    if (objectCue.entry.carrier && !object.relativeCue) continue;
    if (object.evaluation) stance = object.evaluation;
    const final = holders.opposes && negations === 0 ? 'OPPOSED' : negatedOnly(objectCue.entry, negations) ?? negate(stance, negations) ?? negatedReadiness(objectCue.entry.first, stance, negations);
    if (!final) continue;
    const notes = [`cue "${tokens.slice(cue.start, cue.end).map((t) => t.text).join(' ')}"`, `holder via ${holders.via}`];
    let factor = cue.entry.weight * holders.factor;
    if (hedged(sentenceHedged, tokens, floor, cue.start)) (factor *= 0.75, notes.push('hedged'));
    if (negations) (factor *= 0.85, notes.push('negated, read as opposition'));
    out.push(...claims(st, analysis, terms, holders, object, final, factor, notes));
    // "willing to go to arbitration, but not to restore the channel": the same cue, negated, on the second infinitive.
    const elided = objectCue.entry.takes === 'vp' ? butNotTo(tokens, object.end) : -1;
    const elidedStance = elided >= 0 ? (negate(stance, negations + 1) ?? negatedReadiness(objectCue.entry.first, stance, negations + 1)) : undefined;
    if (elidedStance) out.push(...claims(st, analysis, terms, holders, span(tokens, elided, 'vp', cueStarts, true), elidedStance, factor * 0.85, [...notes, '"but not to …", negated']));
    // "would only support the levy if most of the revenue is spent at home", "will not sign unless X": the condition is a demand.
    const condition = conditionAfter(tokens, cue.start, objectCue.entry.first, object.end, final, negations);
    // "as long as it applies to every flag": a condition about the thing itself names no term of its own.
    if (condition >= 0) {
      // "if X and if Y": each condition is a demand of its own.
      for (const [from, to] of conditions(tokens, predicateOnly(tokens, condition))) {
        const clause = span(tokens, from, 'clause', cueStarts, false);
        const end = Math.min(clause.end, to);
        // "… if Peru agreed to a catch limit": the condition's own accepting cue says what is demanded.
        const inner = cues.find((c) => c.start > from && c.start < end && c.entry.stance !== 'OPPOSED' && c.entry.takes === 'np');
        const own = inner ? objectOf(tokens, inner, cueStarts) : { ...clause, phrases: clause.phrases.map(([a, b]): [number, number] => [a, Math.min(b, to)]) };
        if (own?.phrases.length) out.push(...claims(st, analysis, terms, holders, own, 'PROPOSED', factor * 0.8, [notes[0]!, notes[1]!, 'the condition it sets']));
      }
    }
  }
  out.push(...purposeClauses(st, analysis, terms, cueStarts), ...priorities(st, analysis, terms, cueStarts), ...nominalStances(st, analysis, terms, cueStarts),
    ...planContents(st, analysis, terms, cueStarts), ...underPlan(st, analysis, terms));
  const triggers = sentenceTriggers(tokens);
  if (triggers & STANCE_NOUN) out.push(...nominalAgents(st, analysis, terms, cueStarts));
  if (triggers & APPOSITIVE) out.push(...appositiveStances(st, analysis, terms, cueStarts));
  if (triggers & EVALUATION && !cues.length) out.push(...reportedEvaluations(st, analysis, terms));
  if (triggers & RECEPTION_NOUN) out.push(...receptions(st, analysis, terms));
  if (triggers & AGENT_NOUN) out.push(...agentNouns(st, analysis, terms, cueStarts));
  if (triggers & WITHOUT) out.push(...verblessDemands(st, analysis, terms));
  let person: Entity | undefined;
  for (let k = mentions.length - 1; k >= 0 && !person; k--) if (mentions[k]!.entity.kind === 'Person' && mentions[k]!.kind === 'name') person = mentions[k]!.entity;
  discourse.endSentence(() => st.main, person);
  return out;
}

/** SUPPORTED negated is opposition; a negated PROPOSED or OPPOSED says nothing reliable, so it is dropped. */
/** "ready to drop its tariffs", "urged Nauru to withdraw its letter": a removal verb is a cue only when negated, else the object of another. */
const unnegatedRemoval = (tokens: readonly Token[], c: CueMatch) => c.entry.onlyNegated && c.entry.stance === 'OPPOSED' && negationBefore(tokens, c.start, 0) !== 'not';

/**
 * A cue only ever read negated means the opposite of its row: "could not afford X" opposes X, and
 * "would not withdraw X" keeps X, so backs it.
 */
const negatedOnly = (entry: CueEntry, negations: number): Stance | undefined =>
  entry.onlyNegated && negations === 1 ? (entry.stance === 'OPPOSED' ? 'SUPPORTED' : 'OPPOSED') : undefined;

function negate(stance: Stance, negations: number): Stance | undefined {
  if (negations === 0) return stance;
  if (negations > 1) return undefined;
  switch (stance) {
    case 'SUPPORTED':
      return 'OPPOSED';
    case 'PROPOSED':
    case 'OPPOSED':
      return undefined;
    default:
      return assertNeverStance(stance);
  }
}

function assertNeverStance(value: never): never {
  throw new Error(`Unexpected stance ${String(value)}`);
}

/** A cue after "<noun> to" inside the object of an earlier cue: part of that object, not a claim of its own. */
function insideNounComplement(st: SentenceState, cue: CueMatch): boolean {
  const { tokens } = st;
  const noun = tokens[cue.start - 2];
  if (tokens[cue.start - 1]?.lower !== 'to' || !noun || noun.kind !== 'word' || noun.cap || verbish(noun)) return false;
  return st.previous.some((p) => cue.start > p.objectStart && cue.start < p.objectEnd);
}
