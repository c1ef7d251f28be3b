import type { Stance } from '../../../model/vocabulary.js';
import { DOC_NOUNS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import type { Entity } from '../stakeholders/registry.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import type { TermRef } from './discourse.js';
import { type Holders, type SentenceState } from './holders.js';
import { type ObjectSpan } from './objects.js';
import type { Candidate } from './sentence.js';
import { contentStems } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';

/**
 * From a cue's holders and object to claims: each object phrase is cleaned into a term, generic objects
 * ("the initial terms", "the demand", "it") are resolved through the discourse, and every holder gets
 * one candidate per term. A plan that "calls for" something proposes it.
 */

export const round = (x: number) => Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100;

export function claims(st: SentenceState, analysis: string, terms: TermRegistry, holders: Holders, object: ObjectSpan, stance: Stance, factor: number, notes: string[]): Candidate[] {
  const { tokens, mentions, discourse } = st;
  const out: Candidate[] = [];
  // A passive or reduced clause ("was rejected by Iran", ", backed by Qatar,") has its term before the cue.
  const own = holders.via === 'passive' || holders.via === 'participle' ? [] : object.phrases;
  const phrases = own.length ? own : holders.antecedent ? [holders.antecedent] : [];
  const resolved: { term: TermRef; isNew: boolean; stance: Stance; factor: number; note?: string }[] = [];
  if (phrases.length === 0 && holders.appositiveGap) {
    // The appositive re-describes the claim right before it, not every claim of the sentence.
    for (const term of discourse.lastTerms.length ? discourse.lastTerms : discourse.sentenceTerms) resolved.push({ term, isNew: false, stance, factor: 0.9, note: 'object: the claim before it' });
  }
  for (const range of phrases) {
    // "rallied behind the company": backing a party is no stance on a term.
    if (wholeMention(st, range)) continue;
    let clean = cleanTerm(analysis, tokens, range, mentions, (head) => discourse.phrases.get(head));
    if (!clean) continue;
    let s = stance;
    let f = 1;
    // "has refused to withdraw the penalty" keeps the penalty; "urged the FTC to drop the idea" opposes the idea before it.
    const verb = removalAt(tokens, mentions, range, clean.text);
    const removed = verb >= 0 ? cleanTerm(analysis, tokens, [verb + 1, range[1]], mentions, (head) => discourse.phrases.get(head)) : undefined;
    // Dropping a proposal opposes it; scrapping a standing measure ("scrap parking minimums") is a proposal of its own.
    const proposalHead = removed ? PROPOSAL_HEADS.has(removed.text.slice(removed.text.lastIndexOf(' ') + 1).toLowerCase()) : false;
    // So does dropping what someone proposed earlier in the article ("demanded that the government drop the contribution cut").
    const dropping = !!removed && s !== 'OPPOSED' && (!!removed.generic || proposalHead || !!discourse.demandContaining(removed.stems));
    if (removed && (s === 'OPPOSED' || dropping)) {
      s = s === 'OPPOSED' ? 'SUPPORTED' : 'OPPOSED';
      f = 0.85;
      // "drop the stability-agreement idea": the idea is its modifier.
      const text = removed.generic ? removed.text : removed.text.replace(IDEA, '');
      clean = text === removed.text ? removed : { ...removed, text, stems: contentStems(text) };
    }
    // "walk away from the table", "returned to the talks": the negotiation itself is no term of it.
    if (NEGOTIATION_WORDS.has(clean.text.toLowerCase())) continue;
    // "put forward a counterproposal that offered X": the plan itself is not a term; X is, by the inner cue.
    if (object.relativeCue && (clean.generic === 'whole' || DOC_NOUNS.has(clean.text.split(' ').at(-1)!.toLowerCase()))) continue;
    if (clean.refusal) {
      // "criticised Aurora's refusal to give users X": support for X; "backed the refusal to X": opposition.
      s = s === 'OPPOSED' ? 'SUPPORTED' : 'OPPOSED';
      f = 0.8;
    }
    if (clean.harm) {
      if (s !== 'OPPOSED') continue;
      s = 'SUPPORTED';
      f = 0.85;
    }
    // "demanded no new licences", "will accept no pay cut": wanting none of X opposes X; "rejected no …" says nothing.
    if (clean.none) {
      if (s === 'OPPOSED') continue;
      s = 'OPPOSED';
      f *= 0.8;
    }
    // "submitted a letter backing X", "issued a statement opposing X": a document's stance is its sender's.
    const carried = s !== 'OPPOSED' ? CARRIED.exec(clean.text) : null;
    if (carried) {
      const { term, isNew } = terms.resolve(carried[2]!);
      resolved.push({ term, isNew, stance: CARRIED_STANCES[carried[1]!.toLowerCase()]!, factor: f * 0.85, note: `a ${clean.text.split(' ')[0]} ${carried[1]} it` });
      continue;
    }
    // "would not sign any deal that lacked a penalty clause": refusing a deal without X is demanding X.
    const lacking = s === 'OPPOSED' ? lackedPart(clean.text) : undefined;
    if (lacking) {
      const { term, isNew } = terms.resolve(lacking);
      resolved.push({ term, isNew, stance: 'PROPOSED', factor: f * 0.85, note: `refused a deal without "${lacking}": demands it` });
      continue;
    }
    if (clean.generic) {
      const referents = generic(st, terms, clean.text, clean.generic, clean.owners, clean.docHead, holders.entities, s, holders.appositiveGap, holders.via === 'participle' || holders.via === 'passive');
      // "urged the FTC to drop the idea" after several demands: which idea is a guess, so none is taken.
      if (dropping && referents.length > 1) continue;
      for (const r of referents) resolved.push({ ...r, factor: f * 0.85, note: `object "${clean.text}" read as ${r.note}` });
      continue;
    }
    // "pressed for quick adoption", "pushed for the bill's passage": asking that something be approved supports it.
    if (s === 'PROPOSED' && APPROVAL_NOUNS.has(clean.text.split(' ').at(-1)!.toLowerCase())) s = 'SUPPORTED';
    // "wants the plan passed", "would like to see the code adopted": the same, with the thing itself as the term.
    const approved = s === 'PROPOSED' ? APPROVED.exec(clean.text)?.[1] : undefined;
    if (approved) s = 'SUPPORTED';
    const { term, isNew } = approved ? terms.resolve(approved) : terms.resolve(clean.text, clean.stems);
    resolved.push({ term, isNew, stance: s, factor: f });
    if (clean.nominal && clean.owners.length) {
      for (const owner of clean.owners) out.push(candidate(owner, term, isNew, clean.nominal, 0.7, [`nominal "${clean.text}"`]));
    }
  }
  const noted: TermRef[] = [];
  for (const r of resolved) {
    if (!noted.some((t) => t.id === r.term.id)) noted.push(r.term);
    // A plan that "calls for" or "backs" something proposes it.
    const s = holders.via === 'document' && r.stance === 'SUPPORTED' ? 'PROPOSED' : r.stance;
    for (const holder of holders.entities) out.push(candidate(holder, r.term, r.isNew, s, factor * r.factor, r.note ? [...notes, r.note] : notes));
    discourse.note({ holders: holders.entities, term: r.term, stance: s });
    if (holders.document && s === 'PROPOSED' && !holders.document.terms.some((t) => t.id === r.term.id)) holders.document.terms.push(r.term);
  }
  if (noted.length) discourse.lastTerms = noted;
  return out;
}

/** The phrase is one stakeholder mention and nothing else (over a leading determiner). */
function wholeMention(st: SentenceState, [a, b]: [number, number]): boolean {
  const start = st.tokens[a]?.lower === 'the' ? a + 1 : a;
  for (const m of st.mentions) if ((m.start === a || m.start === start) && m.end === b && !m.possessive && m.kind !== 'adjective') return true;
  return false;
}

export const candidate = (holder: Entity, term: TermRef, termIsNew: boolean, stance: Stance, confidence: number, notes: string[]): Candidate => ({
  holder, term, termIsNew, stance, confidence: round(confidence), note: notes.join('; '),
});

/** Generic objects resolved through the discourse: "the initial terms", "the demand", "this change", "the Saudi position", "the text". */
export function generic(st: SentenceState, terms: TermRegistry, fallback: string, kind: NonNullable<ReturnType<typeof cleanTerm>>['generic'], owners: Entity[], docHead: string | undefined, holders: Entity[], stance: Stance, appositive?: boolean, authoring = false) {
  const { discourse } = st;
  const out: { term: TermRef; isNew: boolean; stance: Stance; note: string }[] = [];
  switch (kind) {
    case 'parts': {
      const doc = discourse.docs.find((d) => d.terms.length && (!owners.length || d.authors.some((a) => owners.includes(a))));
      for (const term of doc?.terms ?? []) out.push({ term, isNew: false, stance, note: `the terms of "${doc!.label}"` });
      // "refused both demands" with no plan before it: the demands someone else just made.
      if (!doc && fallback.toLowerCase() === 'demands' && stance !== 'PROPOSED') for (const term of discourse.lastDemand(holders)) out.push({ term, isNew: false, stance, note: 'the demands before it' });
      break;
    }
    case 'demand':
      // Proposing "a fair offer" names one's own offer, not someone else's demand before it.
      if (stance === 'PROPOSED') break;
      for (const term of discourse.lastDemand(holders)) out.push({ term, isNew: false, stance, note: 'the demand before it' });
      break;
    case 'position':
      if (stance !== 'SUPPORTED') break;
      // Backing someone's position: support for what they proposed or supported, opposition to what they opposed.
      for (const owner of owners) for (const c of discourse.latestClaimsOf(owner)) out.push({ term: c.term, isNew: false, stance: c.stance === 'OPPOSED' ? 'OPPOSED' : 'SUPPORTED', note: `${owner.name}'s position` });
      break;
    case 'whole': {
      const doc = docHead ? discourse.doc(docHead) : undefined;
      // "Housing advocates want the plan": wanting a plan someone else drew up backs it; whoever it was
      // "drafted by" is one of its authors, however the article named the others ("the Swedish proposal").
      const others = !authoring && !!doc?.authors.length && !doc.authors.some((a) => holders.includes(a));
      out.push({ term: { id: '', label: doc?.label ?? fallback }, isNew: true, stance: stance === 'PROPOSED' && others ? 'SUPPORTED' : stance, note: doc ? `the plan "${doc.label}"` : 'itself' });
      break;
    }
    case 'pronoun': {
      // "Not every member is committed to the outcome-based model. … Finland has backed it": the thing the sentence before was about.
      if (!discourse.sentenceTerms.length && discourse.previousUnheld) {
        out.push({ term: { id: '', label: discourse.previousUnheld }, isNew: true, stance, note: 'the thing the sentence before was about' });
        break;
      }
      // Only a referent that is plain: this sentence's claims, or the one term of the sentence before.
      const prior = discourse.sentenceTerms.length ? discourse.sentenceTerms : discourse.previousTerms.length === 1 ? discourse.previousTerms : [];
      for (const term of prior) out.push({ term, isNew: false, stance, note: 'the claim before it' });
      // "The bill is expected to pass. The opposition has said it will vote against it.": the plan the sentence before was about.
      const before = prior.length ? undefined : discourse.previousSubject;
      if (before?.doc && !before.entities.length) out.push({ term: { id: '', label: before.doc.label }, isNew: true, stance, note: `the plan "${before.doc.label}" the sentence before was about` });
      break;
    }
    case 'prior': {
      // "campaigned for the decision": an earlier plan named with the same head noun ("the draft adequacy decision") is meant.
      const headed = !appositive && !discourse.sentenceTerms.length ? discourse.demandWithHead(fallback) : undefined;
      if (headed) {
        out.push({ term: headed, isNew: false, stance, note: `the earlier "${headed.label}"` });
        break;
      }
      const prior = appositive || discourse.sentenceTerms.length ? discourse.sentenceTerms : discourse.previousTerms;
      for (const term of prior) out.push({ term, isNew: false, stance, note: 'the claim before it' });
      // "postponed a vote on a global carbon levy, after X threatened to block the measure"
      if (!prior.length && discourse.lastPhrase) out.push({ term: { id: '', label: discourse.lastPhrase }, isNew: true, stance, note: 'the thing named before it' });
      break;
    }
    default:
  }
  return out.map((o) => (o.term.id ? o : { ...o, ...terms.resolve(o.term.label) }));
}

const APPROVAL_NOUNS = new Set(['adoption', 'approval', 'ratification', 'passage', 'acceptance', 'endorsement', 'enactment']);

const CARRIED_STANCES: Record<string, Stance> = {
  backing: 'SUPPORTED', supporting: 'SUPPORTED', endorsing: 'SUPPORTED', welcoming: 'SUPPORTED', praising: 'SUPPORTED',
  opposing: 'OPPOSED', rejecting: 'OPPOSED', criticising: 'OPPOSED', criticizing: 'OPPOSED', condemning: 'OPPOSED', challenging: 'OPPOSED',
};
const CARRIED = new RegExp(`^(?:[\\w-]+ )?(?:letter|statement|petition|brief|report|submission|memo|op-ed|resolution)s? (${Object.keys(CARRIED_STANCES).join('|')}) (.{3,})$`, 'i');

const APPROVED = /^(.{3,}?) (?:passed|adopted|approved|ratified|enacted|signed into law)$/i;

const NEGOTIATION_WORDS = new Set(['table', 'negotiating table', 'talks', 'negotiations', 'the table', 'the talks']);

/* Module-level: built once, not per claim. */
const LACKING = new RegExp(
  '^(?:[\\w-]+ )?(?:deal|agreement|accord|contract|settlement|text|package|treaty|compromise|arrangement|bill|plan|offer|proposal|budget)s? ' +
    '(?:(?:that|which) (?:lacks?|lacked|omits?|omitted|excludes?|excluded|(?:does|did|do|would) not (?:include|contain|guarantee)|fails? to include|failed to include)|lacking|without|omitting|excluding) ' +
    '(?:a |an |the |any )?(.{3,})$',
  'i',
);

const PROPOSAL_HEADS = new Set(['idea', 'proposal', 'plan', 'demand', 'bid', 'offer', 'option', 'concept', 'scheme']);
const IDEA = / (?:idea|option|concept)$/i;

/** Verbs that undo a standing measure; not "cut" or "reduce", which name a term of their own. */
const REMOVALS = new Set(['withdraw', 'withdrawing', 'drop', 'dropping', 'scrap', 'scrapping', 'abandon', 'abandoning', 'repeal', 'repealing', 'shelve',
  'shelving', 'rescind', 'rescinding', 'revoke', 'revoking', 'lift', 'lifting']);

/** Where the cleaned term opens with a removal ("[calls to] scrap the levy", "[demanded that] the government drop the cut"), or -1. */
function removalAt(tokens: readonly Token[], mentions: readonly Mention[], [a, b]: [number, number], text: string): number {
  const first = text.slice(0, text.indexOf(' ')).toLowerCase();
  if (REMOVALS.has(first)) {
    for (let k = a; k < b - 1; k++) if (tokens[k]!.lower === first) return k;
    return -1;
  }
  // Whoever is asked to remove it opens the clause: "the government drop the contribution cut", "Oslo scrap the toll".
  let k = tokens[a]?.lower === 'the' ? a + 1 : a;
  const addressee = mentions.find((m) => m.start === k);
  if (addressee) k = addressee.end;
  else if (k > a) while (k < b && k - a <= 2 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !REMOVALS.has(tokens[k]!.lower)) k++;
  else return -1;
  return k > a && k < b - 1 && REMOVALS.has(tokens[k]!.lower) ? k : -1;
}

/** "deal that lacked a penalty clause" → "penalty clause"; undefined for anything else. */
export function lackedPart(text: string): string | undefined {
  return LACKING.exec(text)?.[1];
}
