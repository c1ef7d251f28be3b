import type { Stance } from '../../../model/vocabulary.js';
import { type Mention, detectMentions } from '../stakeholders/detect.js';
import type { Entity, Registry } from '../stakeholders/registry.js';
import type { TermRegistry } from '../terms/registry.js';
import { type Token, tokenize } from '../text/tokens.js';
import type { Sentence } from '../types.js';
import { verbish } from './clauses.js';
import { type CueMatch, findCues, withoutFearedCues } from './cues.js';
import type { Discourse, Subject, TermRef } from './discourse.js';
import { type Previous, type SentenceState, resolveHolders } from './holders.js';
import { attributed, hedged, negationBefore, unasserted } from './modality.js';
import { objectOf } from './objects.js';
import { nominalStances } from './nominal.js';
import { nominalAgents } from './nominal-agents.js';
import { appositiveStances } from './appositives.js';
import { reportedEvaluations } from './evaluations.js';
import { receptions } from './reception.js';
import { agentNouns } from './agent-nouns.js';
import { AGENT_NOUN, APPOSITIVE, EVALUATION, RECEPTION_NOUN, STANCE_NOUN, WITHOUT, sentenceTriggers } from './triggers.js';
import { verblessDemands } from './verbless.js';
import { planContents } from './plan-contents.js';
import { priorities } from './priorities.js';
import { scanSentence } from './scan.js';
import { claims } from './claims.js';
import { purposeClauses } from './purpose.js';
import { mainSubject } from './main-subject.js';

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

export function readSentence(sentence: Sentence, analysis: string, reg: Registry, terms: TermRegistry, discourse: Discourse): Candidate[] {
  const tokens = tokenize(analysis.slice(sentence.start, sentence.end), sentence.start);
  const mentions = detectMentions(tokens, reg);
  scanSentence(tokens, mentions, discourse);
  const st = new State(tokens, mentions, reg, discourse);
  const cues = withoutFearedCues(tokens, findCues(tokens, mentions));
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
    const floor = st.previous.at(-1)?.objectEnd ?? 0;
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
      if (inner && !inner.entry.control) {
        (consumed ??= new Set()).add(inner.start);
        objectCue = inner;
        stance = inner.entry.stance;
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
      } else if (control === 'pass') continue;
    }
    const holders = resolveHolders(st, cue, floor);
    const object = objectOf(tokens, objectCue, cueStarts);
    st.previous.push({ cue, holders: holders ?? { entities: [], via: 'subject', negated: false, factor: 1 }, objectStart: objectCue.end, objectEnd: object?.end ?? objectCue.end });
    if (!holders || holders.entities.length === 0 || !object || object.ambiguous || object.negatedOutcome) continue;
    if (holders.negated) negations++;
    // "could not afford X", "will not tolerate X": the plain use is not a stance.
    if (objectCue.entry.onlyNegated && negations === 0) continue;
    // "circulated a new draft that proposes X": the relative clause's cue states X; the verb alone states nothing.
    if (objectCue.entry.carrier && !object.relativeCue) continue;
    if (object.evaluation) stance = object.evaluation;
    const final = negate(stance, negations);
    if (!final) continue;
    const notes = [`cue "${tokens.slice(cue.start, cue.end).map((t) => t.text).join(' ')}"`, `holder via ${holders.via}`];
    let factor = cue.entry.weight * holders.factor;
    if (hedged(sentenceHedged, tokens, floor, cue.start)) (factor *= 0.75, notes.push('hedged'));
    if (negations) (factor *= 0.85, notes.push('negated, read as opposition'));
    out.push(...claims(st, analysis, terms, holders, object, final, factor, notes));
  }
  out.push(...purposeClauses(st, analysis, terms, cueStarts), ...priorities(st, analysis, terms, cueStarts), ...nominalStances(st, analysis, terms, cueStarts),
    ...planContents(st, analysis, terms, cueStarts));
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
