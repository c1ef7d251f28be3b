import { entityId } from '../text/ids.js';
import { stem } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import { type Registry, initialsOf } from './registry.js';
import { DESCRIPTOR_SET, GROUP_NOUN_SET, HEAD_STATE_NOUNS, ROLE_SET, STATE_NOUN_SET, isCapWord, kindFromDescriptor, kindFromName, orgNameEnd } from './patterns.js';
import { type Found, surface } from './detect.js';
import { PLURAL_GROUP_HEADS } from './descriptions.js';

/**
 * States and organisations named in the text: demonyms ("Iranian and American negotiators", "German
 * carmakers", "the Saudi position"), new organisations ("Great Lakes Nurses Union", "advocacy group Safe
 * Care Chicago", "the WWF"), definite references back ("the union") and "Union leaders".
 */

/** "Iranian and American negotiators" (the states), "German carmakers" (a group), "the Saudi position" (attributive). */
export function demonym(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  // Cheap test first: a demonym starts with a capitalised demonym or the first word of a two-word one.
  const first = tokens[i];
  if (!first || !first.cap || !(reg.demonyms.has(first.lower) || reg.demonymFirstWords.has(first.lower))) return undefined;
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
export function organisation(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const d = DESCRIPTOR_SET.at(tokens, i);
  if (d && (!tokens[i]!.cap || i === 0) && isCapWord(tokens[i + d])) {
    const s = i + d;
    const m = reg.match(tokens, s);
    if (m) return [{ start: i, end: m.end, entity: m.entity, kind: 'name', alias: [s, m.end] }];
    let e = s;
    while (e < tokens.length && e - s < 5 && (isCapWord(tokens[e]) || (tokens[e]!.text === '&' && isCapWord(tokens[e + 1])))) e++;
    // "App Drivers Ireland (ADI)" opening a sentence: an acronym that spells the descriptor too says it is part of the name.
    const acronym = acronymAt(tokens, e);
    const from = i === 0 && tokens[i]!.cap && acronym === initialsOf(tokens.slice(i, e).map((t) => t.text)) ? i : s;
    const entity = reg.introduce(surface(tokens, from, e), 'Institution', kindFromDescriptor(tokens.slice(i, s).map((t) => t.lower).join(' ')), acronym && from === i ? [acronym] : []);
    return [{ start: i, end: e, entity, kind: 'name', alias: [from, e] }];
  }
  const e = orgNameEnd(tokens, i);
  if (e === i) return namedGroup(tokens, i, reg);
  const name = surface(tokens, i, e);
  const acronym = acronymAt(tokens, e);
  const entity = reg.introduce(name, 'Institution', kindFromName(tokens.slice(i, e).map((t) => t.text)), acronym ? [acronym] : []);
  return [{ start: i, end: acronym ? e + 3 : e, entity, kind: 'name', alias: [i, e] }];
}

/** "(AOSIS)" right after a name: the acronym, or undefined. */
function acronymAt(tokens: readonly Token[], e: number): string | undefined {
  return tokens[e]?.text === '(' && NAME_ACRONYM.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === ')' ? tokens[e + 1]!.text : undefined;
}
const NAME_ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

const NOT_YET = new Set(['merged', 'combined', 'future', 'proposed', 'planned', 'enlarged', 'successor']);

const GROUP_HEADS = new Set(['group', 'caucus', 'faction']);

/** "the Left group", "the Wagner group": a capitalised name before a lower-case group noun, after "the". */
function namedGroup(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i]!;
  // "the Ratepayers' group": a plural's possessive may sit before the head.
  const h = tokens[i + 1]?.kind === 'poss' && t.lower.endsWith('s') ? i + 2 : i + 1;
  if (tokens[i - 1]?.lower !== 'the' || !isCapWord(t) || !GROUP_HEADS.has(tokens[h]?.lower ?? '') || tokens[h]!.cap || reg.demonyms.has(t.lower) || t.text.includes('-')) return undefined;
  const entity = reg.introduce(surface(tokens, i, h + 1), 'Institution', 'GROUP');
  return [{ start: i, end: h + 1, entity, kind: 'name', alias: [i, h + 1] }];
}

/** "the union", "The hospital system", "the presidency", "the bloc": a body mentioned before. */
export function definite(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  if (tokens[i]?.lower !== 'the') return undefined;
  for (let k = 1; k <= 3; k++) {
    const t = tokens[i + k];
    if (!t || t.kind !== 'word') return undefined;
    // "the Wi-Fi coalition": a capitalised modifier only when it is a word of a body's name (checked below).
    if (t.cap) {
      if (!reg.byNameWord(t.lower)) return undefined;
      continue;
    }
    // "the merged union", "the new authority": a body yet to exist, not one named before.
    if (NOT_YET.has(t.lower)) return undefined;
    // "the unions" are a group of their own (descriptions.ts), not the last body named "… Union".
    if (PLURAL_GROUP_HEADS.has(t.lower)) return undefined;
    let entity = reg.byHead(t.lower);
    if (!entity) continue;
    // "the road union": of the bodies with that head, the one whose name has the modifier ("… Road Transport … Union").
    if (k >= 2) {
      const modifier = tokens[i + k - 1]!;
      const named = reg.byNameWord(modifier.lower);
      if (named && named !== entity && named.heads.has(stem(t.lower))) entity = named;
      // "the planning department" is no body met only by its kind whose name lacks "planning" (a city council).
      else if (!entity.heads.has(stem(t.lower)) && !modifier.cap && !entity.name.toLowerCase().split(/\s+/).includes(modifier.lower)) return undefined;
    }
    const next = tokens[i + k + 1];
    if (next && next.kind === 'word' && !next.cap && ROLE_SET.at(tokens, i + k + 1)) return undefined;
    // "the group of Like-Minded Developing Countries" names its own referent.
    if (next?.lower === 'of' && tokens[i + k + 2]?.cap) return undefined;
    return [{ start: i, end: i + k + 1, entity, kind: 'name' }];
  }
  return undefined;
}

/** "Union leaders", "Commission officials": a body named by a word, then a group noun. */
export function qualifiedGroup(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i]!;
  if (!t.cap || t.kind !== 'word') return undefined;
  const n = STATE_NOUN_SET.at(tokens, i + 1);
  if (!n || tokens[i + 1]!.cap) return undefined;
  const entity = reg.byHead(t.lower);
  return entity ? [{ start: i, end: i + 1 + n, entity, kind: 'group' }] : undefined;
}

export const NOT_ORGANISATIONS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'GDP', 'AI', 'TV', 'PM', 'AM', 'OK', 'USD', 'EUR', 'GBP', 'DNA', 'HIV', 'COVID', 'LNG', 'EEZ',
  'GMT', 'UTC', 'PDF', 'FAQ', 'ID', 'IT', 'HR', 'PR', 'IPO', 'ETF', 'VAT', 'GST', 'LGBT', 'LGBTQ', 'MP', 'MPS', 'MEP', 'MEPS', 'SUV', 'EV', 'EVS', 'II', 'III',
  'IV', 'VI', 'CBAM', 'CO2', 'GHG', 'NDC', 'NDCS', 'KM', 'MW', 'GW', 'BBC', 'CNN', 'AP', 'AFP', 'USA', 'ICU', 'ER', 'RN', 'RNS', 'UK', 'US']);

/** ASCII code units that cannot open (bit 1) or continue (bit 2) an acronym: a cheap reject before the Unicode test. */
const NOT_ACRONYM = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  NOT_ACRONYM[c] = (upper ? 0 : 1) | (upper || (c >= 48 && c <= 57) || c === 38 ? 0 : 2);
}
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

/** "the WWF", "UAW": an unknown acronym is an organisation (plan acronyms such as "NSS" aside). */
export function acronym(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i]!;
  const text = t.text;
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  if (text.length < 2 || text.length > 12 || (c0 < 128 && NOT_ACRONYM[c0]! & 1) || (c1 < 128 && NOT_ACRONYM[c1]! & 2)) return undefined;
  if (t.kind !== 'word' || !ACRONYM.test(t.text) || NOT_ORGANISATIONS.has(t.text) || reg.docAcronyms.has(t.lower)) return undefined;
  if (tokens[i - 1]?.text === '(' || reg.demonyms.has(t.lower)) return undefined;
  return [{ start: i, end: i + 1, entity: reg.introduce(t.text, 'Institution', 'OTHER'), kind: 'name', alias: [i, i + 1] }];
}

/** Party families named by their members, plural and capitalised: "the Conservatives", "New Democrats", "the Greens". */
const PARTY_FAMILIES = new Set(['conservatives', 'liberals', 'democrats', 'republicans', 'socialists', 'greens', 'tories', 'communists', 'centrists', 'progressives']);
/** Their singular, used attributively: "a separate Conservative proposal". */
const PARTY_ADJECTIVES = new Map([...PARTY_FAMILIES].map((p) => [p === 'tories' ? 'tory' : p.slice(0, -1), p]));

export function partyFamily(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i]!;
  if (!t.cap || t.kind !== 'word') return undefined;
  const next = tokens[i + 1];
  // "New Democrats", "the Civic Greens": a capitalised word before a party family names a party of its own.
  if (isCapWord(t) && next?.cap && next.kind === 'word' && PARTY_FAMILIES.has(next.lower)) {
    return [{ start: i, end: i + 2, entity: reg.introduce(surface(tokens, i, i + 2), 'Institution', 'PARTY'), kind: 'name', alias: [i, i + 2] }];
  }
  if (PARTY_FAMILIES.has(t.lower)) return [{ start: i, end: i + 1, entity: reg.introduce(t.text, 'Institution', 'PARTY'), kind: 'name', alias: [i, i + 1] }];
  // "a separate Conservative proposal": the party named before, used attributively.
  const plural = PARTY_ADJECTIVES.get(t.lower);
  const known = plural && next && next.kind === 'word' && !next.cap ? reg.entities.get(entityId('inst', plural)) : undefined;
  return known ? [{ start: i, end: i + 1, entity: known, kind: 'adjective' }] : undefined;
}
