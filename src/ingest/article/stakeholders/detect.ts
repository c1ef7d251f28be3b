import { CUE_INDEX } from '../lexicon/cues.js';
import { ORG_DESCRIPTORS, ROLES } from '../lexicon/roles.js';
import { AUX, MODALS, PREPOSITIONS, REPORTING, SUBORDINATORS } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import type { Entity, Registry } from './registry.js';
import {
  DESCRIPTOR_SET, GROUP_NOUN_SET, HEAD_STATE_NOUNS, ROLE_SET, STATE_NOUN_SET, isCapWord, kindFromDescriptor, kindFromName, nameEnd,
  orgNameEnd, roleAfterQualifiers,
} from './patterns.js';

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

const SPEAKING = new Set(['said', 'says', 'told', 'added']);
/** Lower-case words a mention can start with: titles ("union president"), descriptors ("farm lobby"), "the", "its". */
const LOWER_STARTS = new Set([...ROLES, ...ORG_DESCRIPTORS].map((p) => p.split(' ')[0]!).concat(['the', 'its', 'his', 'her', 'their']));

/** `alias`: the name as written, when the mention is a name (not a description such as "the union"). */
type Found = { start: number; end: number; entity: Entity; kind: Mention['kind']; alias?: [number, number] };

export function detectMentions(tokens: readonly Token[], reg: Registry): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most tokens are lower-case words no pattern can start with: skip them cheaply.
    const t = tokens[i]!;
    if (!t.cap && (t.kind !== 'word' || !LOWER_STARTS.has(t.lower))) {
      i++;
      continue;
    }
    const found = person(tokens, i, reg) ?? known(tokens, i, reg) ?? demonym(tokens, i, reg) ?? organisation(tokens, i, reg) ?? definite(tokens, i, reg) ??
      qualifiedGroup(tokens, i, reg) ?? acronym(tokens, i, reg);
    if (!found || found.length === 0) {
      i++;
      continue;
    }
    for (const f of found) {
      reg.seen(f.entity, f.alias && f.entity.origin !== 'graph' ? surface(tokens, f.alias[0], f.alias[1]) : undefined);
      mentions.push({ start: f.start, end: f.end, entity: f.entity, kind: f.kind, possessive: tokens[f.end]?.kind === 'poss' });
    }
    i = Math.max(...found.map((f) => f.end));
  }
  speakers(tokens, reg, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

const surface = (tokens: readonly Token[], s: number, e: number) =>
  tokens.slice(s, e).map((t, k) => (k > 0 && t.kind !== 'poss' && tokens[s + k - 1]!.end < t.start ? ' ' : '') + t.text).join('');

/** "Ukrainian President Volodymyr Zelenskyy", "its finance minister, Paul Mercier", "The IAEA's director general". */
function person(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const r = roleAfterQualifiers(tokens, i);
  if (r < 0) return undefined;
  const roleEnd = r + ROLE_SET.at(tokens, r);
  const comma = tokens[roleEnd]?.text === ',' ? 1 : 0;
  const n = nameEnd(tokens, roleEnd + comma);
  const qualifier = qualifierEntity(tokens, i, r, reg);
  if (n > roleEnd + comma) {
    const entity = personNamed(tokens, roleEnd + comma, n, reg);
    entity.role ??= surface(tokens, r, roleEnd);
    if (qualifier && entity.origin === 'article') entity.affiliation ??= qualifier.id;
    return [{ start: i, end: n, entity, kind: 'name', alias: [roleEnd + comma, n] }];
  }
  if (qualifier && r > i) return [{ start: i, end: roleEnd, entity: qualifier, kind: 'group' }];
  return undefined;
}

function qualifierEntity(tokens: readonly Token[], from: number, to: number, reg: Registry): Entity | undefined {
  for (let j = from; j < to; j++) {
    const m = reg.match(tokens, j);
    if (m && m.end <= to) return m.entity;
    const d = reg.demonyms.get(tokens[j]!.lower);
    if (d) return reg.entities.get(d);
    const head = tokens[j]!.kind === 'word' ? reg.byHead(tokens[j]!.lower) : undefined;
    if (head) return head;
  }
  return undefined;
}

function personNamed(tokens: readonly Token[], s: number, e: number, reg: Registry): Entity {
  const m = reg.match(tokens, s);
  if (m && m.end >= e && m.entity.kind === 'Person') return m.entity;
  if (m && m.entity.kind === 'Person' && e - s === 1) return m.entity;
  return reg.introduce(surface(tokens, s, e), 'Person');
}

/** A name or alias from the graph, the lexicon or earlier in the article, classified by what follows it. */
function known(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const m = reg.match(tokens, i);
  if (!m) return undefined;
  const e = m.entity;
  const next = tokens[m.end];
  if (m.end - i === 1 && e.institutionKind !== 'STATE' && orgNameEnd(tokens, i) > m.end + 0 && orgNameEnd(tokens, i) > i + 1) return undefined;
  const alias: [number, number] = [i, m.end];
  const last = tokens[m.end - 1]!.lower;
  if (HEAD_STATE_NOUNS.has(last)) reg.addHead(e, last);
  if (e.kind === 'Person' || !next || next.kind === 'poss') return [{ start: i, end: m.end, entity: e, kind: 'name', alias }];
  const stateNoun = STATE_NOUN_SET.at(tokens, m.end);
  if (stateNoun) {
    if (HEAD_STATE_NOUNS.has(next.lower)) reg.addHead(e, next.lower);
    return [{ start: i, end: m.end + stateNoun, entity: e, kind: 'group' }];
  }
  if (e.institutionKind === 'STATE' && GROUP_NOUN_SET.at(tokens, m.end)) {
    const end = m.end + GROUP_NOUN_SET.at(tokens, m.end);
    return [{ start: i, end, entity: reg.introduce(surface(tokens, i, end), 'Institution', 'GROUP'), kind: 'group' }];
  }
  if (m.end - i === 1 && attributive(next, e)) return [{ start: i, end: m.end, entity: e, kind: 'adjective' }];
  return [{ start: i, end: m.end, entity: e, kind: 'name', alias }];
}

/** "EU steel", "U.S. beef", "U.S. National Security Strategy": the name modifies a noun. */
function attributive(next: Token, e: Entity): boolean {
  if (next.kind !== 'word') return false;
  if (next.cap) return e.institutionKind === 'STATE' || e.institutionKind === 'INTERNATIONAL_ORGANISATION';
  const l = next.lower;
  if (AUX.has(l) || MODALS.has(l) || REPORTING.has(l) || PREPOSITIONS.has(l) || SUBORDINATORS.has(l) || CUE_INDEX.has(l)) return false;
  if (l === 'and' || l === 'or' || l === 'nor' || l.endsWith('ly') || l.endsWith('ed') || l.endsWith('ing') || l === 'not') return false;
  return true;
}

/** "Iranian and American negotiators" (the states), "German carmakers" (a group), "the Saudi position" (attributive). */
function demonym(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  // "Latin American", "South Asian": a demonym after another capitalised word is part of a larger name.
  const before = tokens[i - 1];
  if (before && before.kind === 'word' && before.cap && i > 1 && !reg.demonyms.has(before.lower)) return undefined;
  if (tokens[i + 1]?.cap && orgNameEnd(tokens, i) > i + 1) return undefined;
  const states: string[] = [];
  let j = i;
  for (;;) {
    const t = tokens[j];
    const two = t && tokens[j + 1] && reg.demonymFirstWords.has(t.lower) ? reg.demonyms.get(`${t.lower} ${tokens[j + 1]!.lower}`) : undefined;
    const one = t?.cap ? reg.demonyms.get(t.lower) : undefined;
    if (two && t!.cap) (states.push(two), (j += 2));
    else if (one) (states.push(one), (j += 1));
    else break;
    const sep = tokens[j]?.lower;
    const after = tokens[j + (sep === ',' && tokens[j + 1]?.lower === 'and' ? 2 : 1)];
    if ((sep === 'and' || sep === ',' || sep === 'or') && after?.cap && reg.demonyms.has(after.lower)) j += sep === ',' && tokens[j + 1]?.lower === 'and' ? 2 : 1;
    else break;
  }
  if (states.length === 0) return undefined;
  const entities = states.map((id) => reg.entities.get(id)!);
  const stateNoun = STATE_NOUN_SET.at(tokens, j);
  if (stateNoun) {
    if (HEAD_STATE_NOUNS.has(tokens[j]!.lower)) entities.forEach((e) => reg.addHead(e, tokens[j]!.lower));
    return entities.map((entity) => ({ start: i, end: j + stateNoun, entity, kind: 'group' as const }));
  }
  const groupNoun = GROUP_NOUN_SET.at(tokens, j);
  if (groupNoun && states.length === 1) {
    const end = j + groupNoun;
    return [{ start: i, end, entity: reg.introduce(surface(tokens, i, end), 'Institution', 'GROUP'), kind: 'group' }];
  }
  return entities.map((entity) => ({ start: i, end: j, entity, kind: 'adjective' as const }));
}

/** "advocacy group Safe Care Chicago", "Great Lakes Nurses Union", "The Alliance of Small Island States (AOSIS)". */
function organisation(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const d = DESCRIPTOR_SET.at(tokens, i);
  if (d && (!tokens[i]!.cap || i === 0) && isCapWord(tokens[i + d])) {
    const s = i + d;
    const m = reg.match(tokens, s);
    if (m) return [{ start: i, end: m.end, entity: m.entity, kind: 'name', alias: [s, m.end] }];
    let e = s;
    while (e < tokens.length && e - s < 5 && (isCapWord(tokens[e]) || (tokens[e]!.text === '&' && isCapWord(tokens[e + 1])))) e++;
    const name = surface(tokens, s, e);
    const entity = reg.introduce(name, 'Institution', kindFromDescriptor(tokens.slice(i, s).map((t) => t.lower).join(' ')));
    return [{ start: i, end: e, entity, kind: 'name', alias: [s, e] }];
  }
  const e = orgNameEnd(tokens, i);
  if (e === i) return undefined;
  const name = surface(tokens, i, e);
  const acronym = tokens[e]?.text === '(' && /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === ')' ? tokens[e + 1]!.text : undefined;
  const entity = reg.introduce(name, 'Institution', kindFromName(tokens.slice(i, e).map((t) => t.text)), acronym ? [acronym] : []);
  return [{ start: i, end: acronym ? e + 3 : e, entity, kind: 'name', alias: [i, e] }];
}

/** "the union", "The hospital system", "the presidency", "the bloc": a body mentioned before. */
function definite(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  if (tokens[i]?.lower !== 'the') return undefined;
  for (let k = 1; k <= 3; k++) {
    const t = tokens[i + k];
    if (!t || t.kind !== 'word' || t.cap) return undefined;
    const entity = reg.byHead(t.lower);
    if (!entity) continue;
    const next = tokens[i + k + 1];
    if (next && next.kind === 'word' && !next.cap && ROLE_SET.at(tokens, i + k + 1)) return undefined;
    // "the group of Like-Minded Developing Countries" names its own referent.
    if (next?.lower === 'of' && tokens[i + k + 2]?.cap) return undefined;
    return [{ start: i, end: i + k + 1, entity, kind: 'name' }];
  }
  return undefined;
}

/** "said Jane Doe" / "Jane Doe said": a named speaker with no title. */
function speakers(tokens: readonly Token[], reg: Registry, mentions: Mention[]): void {
  const covered = (k: number) => mentions.some((m) => m.start <= k && k < m.end);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!SPEAKING.has(t.lower)) continue;
    for (const [s, dir] of [[k + 1, 1], [k - 1, -1]] as const) {
      if (dir === 1) {
        const e = nameEnd(tokens, s);
        if (e - s >= 2 && !covered(s)) push(s, e);
      } else {
        let b = s;
        while (b >= 0 && isCapWord(tokens[b]) && s - b < 3) b--;
        if (s - b >= 2 && !covered(s) && nameEnd(tokens, b + 1) === s + 1) push(b + 1, s + 1);
      }
    }
  }
  function push(s: number, e: number) {
    const entity = personNamed(tokens, s, e, reg);
    reg.seen(entity, entity.origin === 'graph' ? undefined : surface(tokens, s, e));
    mentions.push({ start: s, end: e, entity, kind: 'name', possessive: tokens[e]?.kind === 'poss' });
  }
}

/** "Union leaders", "Commission officials": a body named by a word, then a group noun. */
function qualifiedGroup(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i]!;
  if (!t.cap || t.kind !== 'word') return undefined;
  const n = STATE_NOUN_SET.at(tokens, i + 1);
  if (!n || tokens[i + 1]!.cap) return undefined;
  const entity = reg.byHead(t.lower);
  return entity ? [{ start: i, end: i + 1 + n, entity, kind: 'group' }] : undefined;
}

const NOT_ORGANISATIONS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'GDP', 'AI', 'TV', 'PM', 'AM', 'OK', 'USD', 'EUR', 'GBP', 'DNA', 'HIV', 'COVID', 'LNG', 'EEZ',
  'GMT', 'UTC', 'PDF', 'FAQ', 'ID', 'IT', 'HR', 'PR', 'IPO', 'ETF', 'VAT', 'GST', 'LGBT', 'LGBTQ', 'MP', 'MPS', 'MEP', 'MEPS', 'SUV', 'EV', 'EVS', 'II', 'III',
  'IV', 'VI', 'CBAM', 'CO2', 'GHG', 'NDC', 'NDCS', 'KM', 'MW', 'GW', 'BBC', 'CNN', 'AP', 'AFP', 'USA', 'ICU', 'ER', 'RN', 'RNS', 'UK', 'US']);

/** "the WWF", "UAW": an unknown acronym is an organisation (plan acronyms such as "NSS" aside). */
function acronym(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !/^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(t.text) || NOT_ORGANISATIONS.has(t.text) || reg.docAcronyms.has(t.lower)) return undefined;
  if (tokens[i - 1]?.text === '(' || reg.demonyms.has(t.lower)) return undefined;
  return [{ start: i, end: i + 1, entity: reg.introduce(t.text, 'Institution', 'OTHER'), kind: 'name', alias: [i, i + 1] }];
}
