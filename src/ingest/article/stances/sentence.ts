import type { Stance } from '../../../model/vocabulary.js';
import { detectMentions } from '../stakeholders/detect.js';
import type { Entity, Registry } from '../stakeholders/registry.js';
import type { TermRegistry } from '../terms/registry.js';
import { tokenize } from '../text/tokens.js';
import type { Sentence } from '../types.js';
import { verbish } from './clauses.js';
import { type CueMatch, findCues, withoutFearedCues } from './cues.js';
import type { Discourse, Subject, TermRef } from './discourse.js';
import { type SentenceState, resolveHolders } from './holders.js';
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

export function readSentence(sentence: Sentence, analysis: string, reg: Registry, terms: TermRegistry, discourse: Discourse): Candidate[] {
  const tokens = tokenize(analysis.slice(sentence.start, sentence.end), sentence.start);
  const mentions = detectMentions(tokens, reg);
  scanSentence(tokens, mentions, discourse);
  let main: Subject | undefined;
  let verb: number | undefined;
  const st: SentenceState = {
    tokens, mentions, registry: reg, discourse, previous: [],
    get main() {
      main ??= { entities: [] }; // a guard while it is being computed
      if (!computed) (computed = true), ([main, verb] = mainSubject(st));
      return main;
    },
    get mainVerb() {
      void this.main;
      return verb;
    },
  };
  let computed = false;
  const cues = withoutFearedCues(tokens, findCues(tokens, mentions));
  const cueStarts = new Set(cues.map((c) => c.start));
  let isAttributed: boolean | undefined;
  const sentenceHedged = () => (isAttributed ??= attributed(analysis.slice(sentence.start, sentence.end).toLowerCase()));
  const out: Candidate[] = [];
  const consumed = new Set<number>();

  for (const cue of cues) {
    if (consumed.has(cue.start)) continue;
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
      const to = tokens.findIndex((t, k) => k >= cue.end && k - cue.end < 10 && t.lower === 'to');
      const inner = to >= 0 ? cues.find((c) => c.start === to + 1) : undefined;
      if (inner && !inner.entry.control) {
        consumed.add(inner.start);
        objectCue = inner;
        stance = inner.entry.stance;
      }
    }
    if (control) {
      let k = cue.end;
      while (tokens[k] && /ly$/.test(tokens[k]!.lower) && !tokens[k]!.cap) k++;
      const inner = cues.find((c) => c.start === k);
      if (inner) {
        consumed.add(inner.start);
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
  const person = [...mentions].reverse().find((m) => m.entity.kind === 'Person' && m.kind === 'name')?.entity;
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
