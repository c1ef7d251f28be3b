import { COLLECTIVES, NOT_NAMES, PRONOUNS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import { ROLE_SET, STATE_NOUN_SET } from '../stakeholders/patterns.js';
import type { Entity, Registry } from '../stakeholders/registry.js';
import type { Token } from '../text/tokens.js';
import { afterLeadingTime, clauseStart, inVerbGroup } from './clauses.js';
import { bareNameHolder, listedBareNames, pairHolders } from './generic-holders.js';
import { beBefore, type CueMatch } from './cues.js';
import type { DocInfo, Discourse, Subject } from './discourse.js';
import { afterBy, documentOf, ledBy, pick } from './subject-span.js';
import { inherit, pronoun, speakerOf } from './pronouns.js';
import { closingMention, mentionAt, mentionStartsIn } from './mention-at.js';
import { ARTICLES_OR_POSSESSIVES, STRONG, listItemAfter, nounPhraseStart, relativeAppositiveStart, reportedClause } from './holder-spans.js';
import { relative } from './relative-holders.js';

/**
 * Who holds the stance a cue states: the subject of its clause (coordinated subjects give several
 * holders), the agent of a passive or reduced clause, the antecedent of a relative pronoun, the
 * author of a plan that is the subject ("the strategy suggests"), a pronoun's referent, or the
 * subject of the previous verb in coordinated predicates ("insisted on X and wants Y").
 */
export interface Holders {
  entities: Entity[];
  via: 'subject' | 'passive' | 'participle' | 'relative' | 'document' | 'pronoun' | 'coordination' | 'speaker' | 'name word';
  document?: DocInfo;
  /** Where the noun phrase is that an object gap refers to. */
  antecedent?: [number, number];
  /** ", a request the Commission ruled out": the object is the previous claim of this sentence. */
  appositiveGap?: boolean;
  /** "which the union rejected within hours": the cue's object is the antecedent; what follows is an adjunct. */
  objectGap?: boolean;
  /** "ruled out any contract that requires X": the holders rejected the plan whose relative clause states X. */
  opposes?: boolean;
  negated: boolean;
  factor: number;
}

export interface Previous {
  cue: CueMatch;
  holders: Holders;
  objectStart: number;
  objectEnd: number;
  /** The object is a that-clause, with a subject of its own. */
  clause?: boolean;
}

export interface SentenceState {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  registry: Registry;
  discourse: Discourse;
  readonly main: Subject;
  /** Token index of the main verb, when known. */
  readonly mainVerb?: number;
  previous: Previous[];
}


const ANAPHORIC_APPOSITIVE = new Set(['request', 'demand', 'move', 'change', 'step', 'proposal', 'plan', 'measure', 'decision', 'idea', 'offer', 'condition', 'position']);
/** Also before a contact relative clause: ", a suggestion the two delegations welcomed". */
const GAP_APPOSITIVE = new Set([...ANAPHORIC_APPOSITIVE, 'suggestion', 'initiative', 'concession', 'compromise', 'option', 'arrangement', 'approach']);

/* Word sets and loop helpers instead of regex literals and arrows: resolveHolders runs for every cue. */
const EXAMPLE_OPENERS = new Set(['including', 'such', 'among']);
const SUBJECT_OPENERS = new Set(['and', 'but', 'or', ',', 'also', 'then', 'meanwhile', 'however', 'so']);
const NEGATIVE_SUBJECTS = new Set(['neither', 'no', 'none', 'nobody']);
const CONJUNCTIONS = new Set(['and', 'but', 'or']);
const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'the', 'this']);

export const holders = (entities: Entity[], via: Holders['via'], factor = 1, extra: Partial<Holders> = {}): Holders => ({ entities, via, factor, negated: false, ...extra });

export function resolveHolders(st: SentenceState, cue: CueMatch, floor: number): Holders | undefined {
  const { tokens, mentions } = st;
  if (cue.passive || cue.participle) {
    const agents = afterBy(st, cue.end + 1);
    if (!agents.length) return undefined;
    if (cue.participle) {
      const generic = ANAPHORIC_APPOSITIVE.has(tokens[cue.start - 1]?.lower ?? '');
      if (generic) return holders(agents, 'participle', 1, { appositiveGap: true });
      // "the penalty clause sought by X": the noun phrase right before the participle.
      if (tokens[cue.start - 1]!.text !== ',' && tokens[cue.start - 1]!.lower !== 'and') {
        const np = nounPhraseStart(tokens, cue.start, 0);
        // "the compromise floated by China" only points back at what China proposed; "the grain quota sought by Canada" names it.
        if (tokens[np]?.lower === 'the' && cue.start - np <= 2) return undefined;
        return holders(agents, 'participle', 1, { antecedent: [np, cue.start] });
      }
      // The noun phrase before the reduced clause: ", backed by X," or ", drafted by Y and backed by X,".
      let comma = cue.start - 1;
      if (tokens[comma]!.lower === 'and') while (comma > floor && tokens[comma]!.text !== ',') comma--;
      return holders(agents, 'participle', 1, { antecedent: [clauseStart(tokens, mentions, comma - 1, floor).start, comma] });
    }
    const be = beBefore(tokens, cue.start);
    return holders(agents, 'passive', 1, { antecedent: [clauseStart(tokens, mentions, be - 1, floor).start, be] });
  }

  let j = cue.start - 1;
  while (j >= floor && inVerbGroup(tokens[j]!)) j--;
  const skipped: [number, number][] = [];
  if (j >= floor && tokens[j]!.text === ',') {
    // "Most members, including the European Union, Japan and …, have endorsed": the examples hold it.
    for (let k = j - 1; k >= floor && j - k < 30 && !STRONG.has(tokens[k]!.text); k--) {
      if (tokens[k]!.text !== ',' || !EXAMPLE_OPENERS.has(tokens[k + 1]?.lower ?? '')) continue;
      const named = pick(st, [k + (tokens[k + 1]!.lower === 'such' ? 3 : 2), j], []).entities;
      if (named.length) return holders(named, 'subject', 0.9);
      break;
    }
    // "The alliance, which negotiates for Denmark, Finland and Norway, has proposed": the relative clause is skipped whole.
    const rel = relativeAppositiveStart(tokens, j, floor);
    if (rel >= 0) {
      skipped.push([rel, j + 1]);
      j = rel - 1;
    } else if (closingMention(tokens, mentions, j)) j--;
    else {
      let k = j - 1;
      while (k >= floor && tokens[k]!.text !== ',' && !STRONG.has(tokens[k]!.text)) {
        const m = mentionAt(mentions, k);
        k = m ? m.start - 1 : k - 1;
      }
      if (k < floor || tokens[k]!.text !== ',') return inherit(st, cue.start);
      // "X, a coalition of device makers, service providers and universities, wants": a comma inside the
      // appositive's list is no appositive start; go on to the comma that opens it.
      if (listItemAfter(tokens, k)) {
        for (let p = k - 1; p >= floor && !STRONG.has(tokens[p]!.text); p--) {
          if (tokens[p]!.text !== ',') continue;
          const opener = tokens[p + 1];
          if (opener && (ARTICLES_OR_POSSESSIVES.has(opener.lower) || (opener.kind === 'word' && !opener.cap && opener.lower.endsWith('ing')))) {
            k = p;
            break;
          }
          // Only bare items may sit between: ", unions, and …".
          if (!opener || opener.kind !== 'word' || opener.cap) break;
        }
      }
      skipped.push([k, j + 1]);
      j = k - 1;
    }
  }
  const cs = clauseStart(tokens, mentions, j, floor);
  const subj: [number, number] = [cs.start, j + 1];
  while (subj[0] < subj[1] && SUBJECT_OPENERS.has(tokens[subj[0]]!.lower)) subj[0]++;
  subj[0] = Math.min(afterLeadingTime(tokens, subj[0]), subj[1]);
  const negated = NEGATIVE_SUBJECTS.has(tokens[subj[0]]?.lower ?? '');
  // "rejected the proposal as cosmetic and demanded …": a conjunction right before the verb shares its subject.
  if (subj[1] > subj[0] && CONJUNCTIONS.has(tokens[subj[1] - 1]!.lower) && !mentionStartsIn(st.mentions, subj[0], subj[1])) return inherit(st, cue.start);
  // "said that the model proposed by Berlin would fail and urged governments to …": after a reported clause whose
  // subject is no stakeholder, the coordinated verb is the speaker's.
  if (subj[1] > subj[0] && CONJUNCTIONS.has(tokens[subj[1] - 1]!.lower) && reportedClause(tokens, cs) && !pick(st, subj, []).entities.length && st.main.entities.length) {
    return holders(st.main.entities, 'coordination', 0.9);
  }
  if (cs.relative !== undefined) return relative(st, cs.relative, subj, floor);
  if (subj[0] >= subj[1]) return inherit(st, cue.start);

  const picked = pick(st, subj, skipped);
  // ", a request the Commission ruled out": the object is the claim this phrase re-describes.
  const appositiveGap = APPOSITIVE_DETERMINERS.has(tokens[subj[0]]?.lower ?? '') && gapNounAt(st, subj[0] + 1, subj[1]);
  if (picked.entities.length && !picked.docHead) {
    const listed = picked.entities.length < 4 ? listedBareNames(st, subj) : [];
    return holders([...listed, ...picked.entities], 'subject', 1, { negated, ...(appositiveGap ? { appositiveGap } : {}) });
  }
  if (picked.docHead !== undefined) {
    const doc = documentOf(st, subj, skipped, picked.docHead, picked.authors);
    if (doc?.authors.length) return holders(doc.authors, 'document', 0.9, { document: doc, negated });
  }
  // "Her Republican colleague, Senator Tom Hale, opposes …": a description, then the name in apposition.
  if (!picked.entities.length && picked.docHead === undefined) {
    // "The companies' main lobby, the Zambia Mining Producers' Association, wants …": "the" may open the name.
    const named = st.mentions.filter((m) => m.kind !== 'adjective' && !m.possessive && skipped.some(([a, b]) => m.start > a && m.end < b && (m.start === a + 1 || (m.start === a + 2 && tokens[a + 1]!.lower === 'the')) && m.end === b - 1));
    if (named.length === 1) return holders([named[0]!.entity], 'subject', 0.9, { negated });
  }
  const words = tokens.slice(subj[0], subj[1]).filter((t) => t.kind === 'word');
  const owner = { its: 'it', their: 'they', his: 'he', her: 'she' }[words[0]?.lower ?? ''];
  const member = STATE_NOUN_SET.at(tokens, subj[0] + 1) || ROLE_SET.at(tokens, subj[0] + 1) || COLLECTIVES.has(tokens[subj[0] + 1]?.lower ?? '');
  // "Its delegation", "Its Local 14": when the sentence before named no subject ("Kazakhstan's position sits …"), the
  // body mentioned last before this sentence owns it, rather than an older subject.
  const named = tokens[subj[0] + 1]?.cap && tokens[subj[0] + 1]!.kind === 'word' && !mentionStartsIn(st.mentions, subj[0], subj[1]);
  if (owner === 'it' && words.length <= 3 && (member || named) && !st.discourse.previousSubject?.entities.length && !st.discourse.previousSubject?.doc) {
    const body = lastBodyBefore(st);
    if (body) return holders([body], 'pronoun', 0.85, { negated });
  }
  // "The union sees it differently. Its Local 14 …": a named part of the body the sentence before was about.
  const before = st.discourse.previousSubject?.entities;
  if (owner === 'it' && named && words.length <= 3 && before?.length === 1 && before[0]!.kind === 'Institution') return holders([before[0]!], 'pronoun', 0.85, { negated });
  if (owner && words.length <= 3 && member) {
    const p = pronoun(st, owner, subj[0]);
    if (p) return { ...p, negated };
  }
  if (words.length === 1 && PRONOUNS.has(words[0]!.lower)) {
    const p = words[0]!.lower;
    // "Safe Care Chicago said it supported …", "with Tehran signalling it could accept …"
    const speaker = cs.reporting !== undefined ? speakerOf(st, cs.reporting) : [];
    // "Indonesian officials signalled they could accept …": a body speaks as "they" too.
    const fits = p === 'they' ? speaker.length > 1 || (speaker.length === 1 && speaker[0]!.kind === 'Institution') : speaker.length === 1 && (p === 'it' ? speaker[0]!.kind === 'Institution' : p === 'he' || p === 'she' ? speaker[0]!.kind === 'Person' : false);
    if (fits) return holders(speaker, 'pronoun', 0.9, { negated });
    // "Calloway said on Wednesday it was open to …": "it" is the speaker, even one the article never named as a body.
    if (!speaker.length && cs.reporting !== undefined && unknownName(tokens[cs.reporting - 1])) return undefined;
    if (p === 'we' || p === 'i') {
      const said = st.tokens.findIndex((t) => t.lower === 'said' || t.lower === 'says' || t.lower === 'told' || t.lower === 'added');
      const who = said >= 0 ? speakerOf(st, said) : [];
      return who.length ? holders(who, 'speaker', 0.85, { negated }) : undefined;
    }
    return pronoun(st, p, subj[0]);
  }
  // "Several member states, led by France, pushed for …": the stakeholder leading a group the article does not name.
  if (!picked.entities.length && picked.docHead === undefined && !owner && !(words.length === 1 && PRONOUNS.has(words[0]!.lower))) {
    const leaders = ledBy(st, [...skipped, [subj[0] - 1, subj[1]]]);
    if (leaders.length) return holders(leaders, 'subject', 0.8, { negated });
  }
  const pair = pairHolders(st, subj);
  if (pair.length) return holders(pair, 'subject', 0.8, { negated });
  const bare = cs.relative === undefined ? bareNameHolder(st, subj) : undefined;
  if (bare) return holders([bare], 'subject', 0.85, { negated });
  const last = words.at(-1);
  if (last && words.length <= 2 && !last.cap && last.lower.endsWith('s')) {
    const e = st.registry.byNameWord(last.lower);
    if (e) return holders([e], 'name word', 0.8, { negated });
  }
  if (cs.reporting !== undefined) {
    const speaker = speakerOf(st, cs.reporting);
    if (speaker.length) return holders(speaker, 'speaker', 0.85, { negated });
  }
  return negated ? holders([], 'subject', 1, { negated }) : undefined;
}

/** ", a suggestion the delegations welcomed", ", a sector-by-sector approach the Commission resisted": a re-describing noun (after up to two modifiers) right before the clause's subject. */
function gapNounAt(st: SentenceState, k: number, end: number): boolean {
  if (GAP_APPOSITIVE.has(st.tokens[k]?.lower ?? '')) return true;
  for (let n = k + 1; n < end && n - k <= 2; n++) {
    if (!GAP_APPOSITIVE.has(st.tokens[n]!.lower)) continue;
    const next = st.tokens[n + 1];
    return !!next && (next.lower === 'the' || mentionStartsIn(st.mentions, n + 1, n + 2));
  }
  return false;
}

/** The institution mentioned most recently before this sentence (none of this sentence's own mentions). */
function lastBodyBefore(st: SentenceState): Entity | undefined {
  let best: Entity | undefined;
  for (const e of st.registry.mentionedEntities) {
    if (e.kind !== 'Institution' || st.mentions.some((m) => m.entity === e)) continue;
    if (!best || (e.lastSeen ?? 0) > (best.lastSeen ?? 0)) best = e;
  }
  return best;
}

/** A capitalised word that names no stakeholder the sentence knows: neither a group word ("Officials") nor a sentence opener. */
function unknownName(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !COLLECTIVES.has(t.lower) && !NOT_NAMES.has(t.text) && !PRONOUNS.has(t.lower);
}
