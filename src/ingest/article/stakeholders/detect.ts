import { isCueVerb } from '../lexicon/cues.js';
import { ORG_DESCRIPTORS, ROLES } from '../lexicon/roles.js';
import { AUX, MODALS, PREPOSITIONS, REPORTING, SUBORDINATORS } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import type { Entity, Registry } from './registry.js';
import { appositiveHeads } from './appositive-heads.js';
import { PLURAL_GROUP_HEADS, actorComplement, appositiveOrganisation, describedBody, pluralGroup } from './descriptions.js';
import { GROUP_NOUN_SET, HEAD_STATE_NOUNS, ROLE_SET, STATE_NOUN_SET, isCapWord, orgNameEnd } from './patterns.js';
import { person, speakers } from './people.js';
import { branchMentions } from './branches.js';
import { stateBodies } from './state-bodies.js';
import { acronym, definite, demonym, organisation, partyFamily, qualifiedGroup } from './bodies.js';

/**
 * A stakeholder mention in a sentence, in token indexes. `name` is a proper name, alias, metonym or
 * titled person; `group` a demonym or possessor with a group noun ("Iranian negotiators", "the IAEA's
 * director general"), which stands for the state or body; `adjective` a demonym or state used
 * attributively ("the Saudi position", "the U.S. proposal"), which never holds a position itself but
 * can author a plan or own a position referred to.
 */
export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  kind: 'name' | 'group' | 'adjective';
  /** Followed by 's. */
  possessive: boolean;
}

/** Lower-case words a mention can start with: titles ("union president"), descriptors ("farm lobby"), "the", "its". */
const LOWER_STARTS = new Set([...ROLES.filter((r) => !r.includes(' ') || ROLES.includes(r.split(' ')[0]!)), ...ORG_DESCRIPTORS].map((p) => p.split(' ')[0]!).concat(['the', 'its', 'his', 'her', 'their']));

/** First words of multiword titles that are common words on their own ("education" of "education minister"): checked in full. */
const TITLE_FIRST_WORDS = new Set(ROLES.filter((r) => r.includes(' ')).map((r) => r.split(' ')[0]!).filter((w) => !LOWER_STARTS.has(w)));

/** Lower-case words worth a look, in one lookup: 1 starts a mention, 2 may start a title ("education minister"), 4 ends a plural group ("consumer advocates"). */
const LOWER_FLAGS = new Map<string, number>();
for (const w of LOWER_STARTS) LOWER_FLAGS.set(w, 1);
for (const w of TITLE_FIRST_WORDS) LOWER_FLAGS.set(w, (LOWER_FLAGS.get(w) ?? 0) | 2);
/** Last words of those titles, so "trade deal" is dismissed without a phrase lookup. */
const TITLE_LAST_WORDS = new Set(ROLES.filter((r) => TITLE_FIRST_WORDS.has(r.split(' ')[0]!)).map((r) => r.split(' ')[1]!));
for (const w of PLURAL_GROUP_HEADS) LOWER_FLAGS.set(w, (LOWER_FLAGS.get(w) ?? 0) | 4);

/** `alias`: the name as written, when the mention is a name (not a description such as "the union"). */
export type Found = { start: number; end: number; entity: Entity; kind: Mention['kind']; alias?: [number, number] };

export function detectMentions(tokens: readonly Token[], reg: Registry): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most tokens are lower-case words no pattern can start with: skip them cheaply.
    const t = tokens[i]!;
    let found: Found[] | undefined;
    if (!t.cap) {
      const f = t.kind === 'word' ? (LOWER_FLAGS.get(t.lower) ?? 0) : 0;
      // "consumer advocates": the group starts at the modifier this loop has just passed.
      if (f & 4 && i > 0 && (mentions.at(-1)?.end ?? -1) < i) found = pluralGroup(tokens, i - 1, reg);
      if (!found && !(f & 1) && !(f & 2 && TITLE_LAST_WORDS.has(tokens[i + 1]?.lower ?? '') && ROLE_SET.at(tokens, i) > 0)) {
        i++;
        continue;
      }
    }
    found ??= person(tokens, i, reg) ?? known(tokens, i, reg) ?? demonym(tokens, i, reg) ?? organisation(tokens, i, reg) ?? partyFamily(tokens, i, reg) ?? definite(tokens, i, reg) ??
      qualifiedGroup(tokens, i, reg) ?? acronym(tokens, i, reg) ?? describedBody(tokens, i, reg) ?? pluralGroup(tokens, i, reg) ??
      appositiveOrganisation(tokens, i, reg) ?? actorComplement(tokens, i, reg);
    if (!found || found.length === 0) {
      i++;
      continue;
    }
    for (const f of found) {
      reg.seen(f.entity, f.alias && f.entity.origin !== 'graph' ? surface(tokens, f.alias[0], f.alias[1]) : undefined);
      mentions.push({ start: f.start, end: f.end, entity: f.entity, kind: f.kind, possessive: tokens[f.end]?.kind === 'poss' });
    }
    let end = found[0]!.end;
    for (const f of found) if (f.end > end) end = f.end;
    i = end;
  }
  speakers(tokens, reg, mentions);
  appositiveHeads(tokens, reg, mentions);
  branchMentions(tokens, reg, mentions);
  stateBodies(tokens, reg, mentions);
  // Usually in order already (speakers may add earlier ones): the sort is stable, so skipping it then changes nothing.
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1]!.start > mentions[k]!.start) return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** The words from s to e as written: a space wherever the text had one, none before a possessive. */
export function surface(tokens: readonly Token[], s: number, e: number): string {
  // A loop, not slice/map/join: every mention's name goes through here.
  const end = Math.min(e, tokens.length);
  if (s < 0) return tokens.slice(s, e).map((t, k) => (k > 0 && t.kind !== 'poss' && tokens[s + k - 1]!.end < t.start ? ' ' : '') + t.text).join('');
  if (end - s === 1) return tokens[s]!.text;
  let out = '';
  for (let k = s; k < end; k++) {
    const t = tokens[k]!;
    out += k > s && t.kind !== 'poss' && tokens[k - 1]!.end < t.start ? ` ${t.text}` : t.text;
  }
  return out;
}

/** A name or alias from the graph, the lexicon or earlier in the article, classified by what follows it. */
function known(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const m = reg.match(tokens, i);
  if (!m) return undefined;
  const e = m.entity;
  const next = tokens[m.end];
  if (m.end - i === 1 && e.institutionKind !== 'STATE' && orgNameEnd(tokens, i) > m.end + 0 && orgNameEnd(tokens, i) > i + 1) return undefined;
  // "Fjordvik Valley Parents United" after the Fjordvik Valley Teachers Association: a body's short name that
  // runs on into other capitalised words is part of another name ("Fjordvik CEO Jane Doe" still is the body).
  if (m.end - i === 1 && e.kind === 'Institution' && e.origin !== 'lexicon' && e.institutionKind !== 'STATE' && isCapWord(next) && !ROLE_SET.at(tokens, m.end) && !reg.match(tokens, m.end)) return undefined;
  // "the Mozambique Debt Justice Coalition": a state's name opening a longer organisation name is part of it.
  if (e.institutionKind === 'STATE' && orgNameEnd(tokens, i) >= m.end + 2 && !STATE_NOUN_SET.at(tokens, m.end)) return undefined;
  const before = tokens[i - 1];
  // "Disability Access Tarnford" after the Tarnford Business Partnership: a short name closing a run of capitalised words is part of another name.
  if (m.end - i === 1 && e.kind === 'Institution' && e.origin !== 'lexicon' && e.institutionKind !== 'STATE' && isCapWord(before) && !ROLE_SET.at(tokens, i - 1) && !reg.match(tokens, i - 1)) return undefined;
  // "Air France", "Radio Free Europe": a capitalised word before a state's name makes it an organisation's name.
  if (e.institutionKind === 'STATE' && before && isCapWord(before) && ORG_OPENERS.has(before.lower) && !reg.match(tokens, i - 1)) {
    const name = surface(tokens, i - 1, m.end);
    return [{ start: i - 1, end: m.end, entity: reg.introduce(name, 'Institution', 'COMPANY'), kind: 'name', alias: [i - 1, m.end] }];
  }
  const alias: [number, number] = [i, m.end];
  const last = tokens[m.end - 1]!.lower;
  if (HEAD_STATE_NOUNS.has(last)) reg.addHead(e, last);
  // "Mozambique's government": a later "the government" is this state's.
  if (next?.kind === 'poss' && e.institutionKind === 'STATE' && HEAD_STATE_NOUNS.has(tokens[m.end + 1]?.lower ?? '')) reg.addHead(e, tokens[m.end + 1]!.lower);
  if (e.kind === 'Person' || !next || next.kind === 'poss') return [{ start: i, end: m.end, entity: e, kind: 'name', alias }];
  const stateNoun = STATE_NOUN_SET.at(tokens, m.end);
  if (stateNoun) {
    if (HEAD_STATE_NOUNS.has(next.lower)) reg.addHead(e, next.lower);
    return [{ start: i, end: m.end + stateNoun, entity: e, kind: 'group' }];
  }
  // "Iran states that …": a reporting verb, not "Gulf states".
  if (e.institutionKind === 'STATE' && GROUP_NOUN_SET.at(tokens, m.end) && !reportingVerbAt(tokens, m.end)) {
    const end = m.end + GROUP_NOUN_SET.at(tokens, m.end);
    return [{ start: i, end, entity: reg.introduce(surface(tokens, i, end), 'Institution', 'GROUP'), kind: 'group' }];
  }
  if (m.end - i === 1 && attributive(next, e)) return [{ start: i, end: m.end, entity: e, kind: 'adjective' }];
  return [{ start: i, end: m.end, entity: e, kind: 'name', alias }];
}

/** Words that open organisation names ending in a state's name ("Air France", "Radio Canada", "Team GB"). */
const ORG_OPENERS = new Set(['air', 'radio', 'team', 'visit', 'business', 'telecom', 'aero', 'transport', 'invest']);
const VERB_FOLLOWERS = new Set(['that', 'it', 'its', 'the', 'a', 'an', 'this', 'they', 'he', 'she']);

/** "Iran states that", "Peru claims it": a plural group noun that is the verb of a report. */
function reportingVerbAt(tokens: readonly Token[], k: number): boolean {
  return REPORTING.has(tokens[k]?.lower ?? '') && VERB_FOLLOWERS.has(tokens[k + 1]?.lower ?? '');
}

/** "EU steel", "U.S. beef", "U.S. National Security Strategy": the name modifies a noun. */
function attributive(next: Token, e: Entity): boolean {
  if (next.kind !== 'word') return false;
  if (next.cap) return e.institutionKind === 'STATE' || e.institutionKind === 'INTERNATIONAL_ORGANISATION';
  const l = next.lower;
  if (AUX.has(l) || MODALS.has(l) || REPORTING.has(l) || PREPOSITIONS.has(l) || SUBORDINATORS.has(l) || isCueVerb(l)) return false;
  if (l === 'and' || l === 'or' || l === 'nor' || l.endsWith('ly') || l.endsWith('ed') || l.endsWith('ing') || l === 'not') return false;
  // "Jakarta remains opposed", "Tokyo appears ready": copular verbs, not nouns the name modifies.
  if (/^(?:remains?|seems?|appears?|stays?|continues?|looks?|hopes?|intends?)$/.test(l)) return false;
  return true;
}
