import { isCueVerb } from '../lexicon/cues.js';
import { ARTICLES, AUX, DETERMINERS, NOT_NAMES, PREPOSITIONS, PRONOUNS, REPORTING } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { kindFromName } from './patterns.js';
import type { Entity, Registry } from './registry.js';

/**
 * Bodies named by a description rather than a proper name, when no earlier name fits:
 *   "the port authority", "the city council", "the bondholders' committee" (a modifier and an
 *   organisation noun), and "Tenant groups", "patient advocates" (a modifier and a plural group noun).
 * A bare "the authority" or "groups" names nothing, so a modifier is required. Definite
 * descriptions of bodies already named ("the union" after "the Great Lakes Nurses Union") are read
 * before this, by detect.ts.
 */
const BODY_HEADS = new Set(['authority', 'council', 'committee', 'commission', 'union', 'board', 'ministry', 'department', 'agency', 'regulator',
  'government', 'administration', 'association', 'federation', 'alliance', 'coalition', 'party', 'court', 'parliament', 'senate', 'assembly', 'chamber',
  'airline', 'lobby', 'caucus', 'cabinet', 'legislature', 'watchdog', 'syndicate', 'consortium', 'cartel', 'junta', 'militia']);
export const PLURAL_GROUP_HEADS = new Set(['groups', 'campaigners', 'activists', 'advocates', 'organisations', 'organizations', 'lobbies', 'associations',
  'unions', 'federations', 'ngos', 'charities', 'lawmakers', 'legislators', 'senators', 'councillors', 'councilors', 'researchers', 'scientists', 'economists',
  'farmers', 'residents', 'parents',
  // Economic actors and party officers ("national carriers", "Government whips"), added in round 7.
  'carriers', 'operators', 'providers', 'airlines', 'insurers', 'retailers', 'manufacturers', 'carmakers', 'automakers', 'exporters', 'importers',
  'producers', 'broadcasters', 'landlords', 'employers', 'contractors', 'whips']);
/** Sides that "the" alone names in news ("the unions", "the employers"); "the airlines" may be the two named before. */
const BARE_GROUP_HEADS = new Set(['unions', 'employers', 'farmers', 'residents', 'landlords', 'parents']);
/** Modifiers that describe, not name: "the new council" is whichever council the article meant. */
const NOT_MODIFIERS = new Set(['new', 'old', 'same', 'other', 'current', 'former', 'previous', 'main', 'two', 'three', 'both', 'whole', 'entire', 'latest',
  'first', 'second', 'next', 'last', 'rival', 'opposing', 'relevant', 'responsible', 'powerful', 'influential', 'many', 'some', 'several', 'most', 'such',
  'own', 'full', 'joint', 'key', 'top', 'big', 'largest', 'biggest', 'major', 'leading']);

const modifier = (t: Token | undefined) => !!t && t.kind === 'word' && !t.cap && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) &&
  !NOT_MODIFIERS.has(t.lower) && !t.lower.endsWith('ly') && !t.lower.endsWith('ed') && !t.lower.endsWith('ing');

const nounInIng = (t: Token | undefined, next: Token | undefined) => !!t && !!next && t.kind === 'word' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && BODY_HEADS.has(next.lower);

/* Word sets rather than regex literals, which allocate on every evaluation (these run at most tokens). */
const AFTER_GROUP_ACTOR = new Set(['from', 'of', 'at', 'with', 'like', 'including', 'such']);
const AFTER_GROUP_VERB = new Set(['for', 'that', 'to']);
const RELATIVE_OPENERS = new Set(['that', 'which', 'whose']);

type Found = { start: number; end: number; entity: Entity; kind: 'name'; alias?: [number, number] };

/** Bodies named by their part in talks, which need no modifier: "the mediators", "the co-chairs". */
const ROLE_GROUPS = new Set(['mediators', 'co-chairs', 'cochairs', 'facilitators', 'organisers', 'organizers', 'hosts', 'brokers', 'conveners', 'convenors', 'guarantors']);

/** "the port authority", "the bondholders' committee", "the mediators": at "the". */
export function describedBody(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  if (tokens[i]?.lower !== 'the') return undefined;
  if (ROLE_GROUPS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 2]?.cap) return [{ start: i, end: i + 2, entity: introduce(tokens, i + 1, i + 2, reg), kind: 'name' }];
  let j = i + 1;
  // "the planning department", "the city's housing authority": before a body's head, an -ing word is a noun.
  while (j < tokens.length && j - i <= 3 && !BODY_HEADS.has(tokens[j]!.lower) && (modifier(tokens[j]) || nounInIng(tokens[j], tokens[j + 1]) || (tokens[j]!.kind === 'poss' && j > i + 1))) j++;
  const head = tokens[j];
  if (j === i + 1 || !head || head.kind !== 'word' || head.cap || !BODY_HEADS.has(head.lower)) return undefined;
  // "the authority to act" is a power, not a body; "the industry federation IFPMA" names itself.
  if (tokens[j + 1]?.lower === 'to' || (tokens[j + 1]?.cap && tokens[j + 1]!.kind === 'word')) return undefined;
  // "the city's planning commission" is the planning commission: the owner is no part of its name.
  let from = i + 1;
  // "the bondholders' committee" keeps its plural owner, and "the city's commission" needs a modifier left to name it.
  for (let k = i + 1; k < j - 1; k++) if (tokens[k]!.kind === 'poss' && tokens[k]!.lower === "'s") from = k + 1;
  return [{ start: i, end: j + 1, entity: introduce(tokens, from, j + 1, reg), kind: 'name' }];
}

/** "Tenant groups", "patient advocates": a modifier, then a plural group noun. */
export function pluralGroup(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i];
  const head = tokens[i + 1];
  if (!t || !head || head.kind !== 'word' || head.cap || !PLURAL_GROUP_HEADS.has(head.lower) || t.kind !== 'word') return undefined;
  // "The unions reject …": a definite group of actors needs no modifier.
  const bare = t.lower === 'the' && BARE_GROUP_HEADS.has(head.lower);
  if (!bare) {
    if (t.cap ? i > 0 && tokens[i - 1]!.kind !== 'punct' : !modifier(t)) return undefined;
    if (DETERMINERS.has(t.lower) || NOT_MODIFIERS.has(t.lower) || PREPOSITIONS.has(t.lower) || PRONOUNS.has(t.lower) || NOT_NAMES.has(t.text)) return undefined;
    // "said nurses would not accept": a verb before the plural noun, not a modifier.
    if (REPORTING.has(t.lower) || AUX.has(t.lower) || isCueVerb(t.lower)) return undefined;
  }
  // "campaigners from Transport & Environment", "groups such as Oxfam": the named body is the actor.
  const next = tokens[i + 2];
  if (next && (AFTER_GROUP_ACTOR.has(next.lower) || next.cap || (next.text === ',' && !commaAdverb(tokens, i + 3)))) return undefined;
  // "It advocates for …", "The plan groups together …": the plural noun is a verb here.
  if (next && (DETERMINERS.has(next.lower) || AFTER_GROUP_VERB.has(next.lower))) return undefined;
  return [{ start: i, end: i + 2, entity: introduce(tokens, bare ? i + 1 : i, i + 2, reg), kind: 'name' }];
}

const COMMA_ADVERBS = new Set(['meanwhile', 'however', 'too', 'though', 'instead', 'moreover', 'meantime', 'nonetheless', 'nevertheless']);

/** "Opposition lawmakers, meanwhile, are pressing for": an adverb between commas, then the predicate. */
function commaAdverb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && !t.cap && (COMMA_ADVERBS.has(t.lower) || t.lower.endsWith('ly')) && tokens[k + 1]?.text === ',';
}

/** Descriptions met before in this article, so a repeated "the port authority" costs one lookup. */
const cache = new WeakMap<Registry, Map<string, Entity>>();

function introduce(tokens: readonly Token[], s: number, e: number, reg: Registry): Entity {
  const key = tokens.slice(s, e).map((t) => t.lower).join(' ');
  let seen = cache.get(reg);
  if (!seen) cache.set(reg, (seen = new Map()));
  const known = seen.get(key);
  if (known) return known;
  const entity = create(tokens, s, e, reg);
  seen.set(key, entity);
  return entity;
}

function create(tokens: readonly Token[], s: number, e: number, reg: Registry): Entity {
  const words = tokens.slice(s, e).map((t) => (t.kind === 'poss' ? t.text : ` ${t.text}`)).join('').trim();
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return reg.introduce(name, 'Institution', kindFromName(tokens.slice(s, e).map((t) => t.text.charAt(0).toUpperCase() + t.text.slice(1))));
}

/** Nouns that, in an appositive after a capitalised name, say the name is an organisation ("NetSphere, the largest social media company,"). */
export const APPOSITIVE_ORG_NOUNS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'union', 'lobby', 'alliance', 'charity', 'ngo', 'association',
  'network', 'coalition', 'party', 'startup', 'start-up', 'airline', 'bank', 'insurer', 'retailer', 'carrier', 'operator', 'producer', 'manufacturer',
  'maker', 'developer', 'platform', 'giant', 'conglomerate', 'consortium', 'federation', 'movement', 'militia', 'watchdog', 'regulator', 'agency',
  'body', 'institute', 'foundation', 'body', 'outfit', 'collective', 'cooperative', 'co-op', 'club', 'league']);

/** Possessions that make a name an organisation's: "X, whose ships / members / employees …". */
const ORG_POSSESSIONS = new Set(['ships', 'vessels', 'fleet', 'aircraft', 'planes', 'members', 'membership', 'workers', 'employees', 'staff', 'shareholders',
  'customers', 'clients', 'subscribers', 'factories', 'plants', 'stores', 'mines', 'terminals', 'brands', 'products', 'drugs', 'software', 'platform', 'network']);

/** "NetSphere, the largest social media company in the country, …": an unknown name that an appositive calls an organisation. */
export function appositiveOrganisation(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i];
  if (!t || !t.cap || t.kind !== 'word' || NOT_NAMES.has(t.text)) return undefined;
  if (i > 0 && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.cap) return undefined;
  // One to four capitalised words: "NetSphere", "Pacific Harbour Terminals".
  // "Homes for All Rivergate", "Friends of the Earth": a connector may sit between two capitalised words.
  let e = i + 1;
  while (e < tokens.length && e - i < 6 && (isName(tokens[e]) || (NAME_CONNECTORS.has(tokens[e]!.lower) && (isName(tokens[e + 1]) || (tokens[e + 1]?.lower === 'the' && isName(tokens[e + 2])))))) e++;
  if (tokens[e]?.text !== ',' || !isName(tokens[e - 1])) return undefined;
  // "the fans' supporters' club, Orca Nation, …": a description ending in an organisation noun names it.
  if (describedBefore(tokens, i)) {
    const entity = reg.introduce(tokens.slice(i, e).map((x) => x.text).join(' '), 'Institution', tokens[i - 2]!.lower === 'company' || tokens[i - 2]!.lower === 'firm' ? 'COMPANY' : 'OTHER');
    return [{ start: i, end: e, entity, kind: 'name', alias: [i, e] }];
  }
  // "Orion Ocean Lines, whose ships carry …": what only an organisation has.
  if (e - i >= 2 && tokens[e + 1]?.lower === 'whose' && ORG_POSSESSIONS.has(tokens[e + 2]?.lower ?? '')) {
    const entity = reg.introduce(tokens.slice(i, e).map((x) => x.text).join(' '), 'Institution', 'OTHER');
    return [{ start: i, end: e, entity, kind: 'name', alias: [i, e] }];
  }
  if (!ARTICLES.has(tokens[e + 1]?.lower ?? '')) return undefined;
  for (let k = e + 2; k < tokens.length && k - e < 12; k++) {
    const w = tokens[k]!;
    if (w.kind === 'punct') return undefined;
    // "X, a group formed during the strike,": a participle after the noun describes it too.
    const after = tokens[k + 1];
    if (APPOSITIVE_ORG_NOUNS.has(w.lower) && (after?.kind === 'punct' || PREPOSITIONS.has(after?.lower ?? '') || RELATIVE_OPENERS.has(after?.lower ?? '') || (!!after && !after.cap && /ed$/.test(after.lower)))) {
      const name = e - i === 1 ? t.text : tokens.slice(i, e).map((x) => x.text).join(' ');
      const entity = reg.introduce(name, 'Institution', w.lower === 'company' || w.lower === 'firm' ? 'COMPANY' : 'OTHER');
      return [{ start: i, end: e, entity, kind: 'name', alias: [i, e] }];
    }
  }
  return undefined;
}

const NAME_CONNECTORS = new Set(['for', 'of', 'and', 'the', '&']);

/** "the city's biggest employer's parent company, X": ", X" after a determined phrase ending in an organisation noun. */
function describedBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',' || !APPOSITIVE_ORG_NOUNS.has(tokens[i - 2]?.lower ?? '') || tokens[i - 2]!.cap) return false;
  for (let k = i - 3; k >= 0 && i - k <= 8; k--) {
    const w = tokens[k]!;
    if (w.kind === 'poss' || DETERMINED.has(w.lower)) return true;
    if (w.kind === 'punct') return false;
  }
  return false;
}
const DETERMINED = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

const isName = (t: Token | undefined) => !!t && t.kind === 'word' && t.cap && !NOT_NAMES.has(t.text);

/** People who act for a body named after them: "campaigners from Transport & Environment", "negotiators at Acme". */
const ACTOR_PLURALS = new Set(['campaigners', 'activists', 'advocates', 'lobbyists', 'negotiators', 'officials', 'executives', 'representatives', 'spokespeople', 'researchers', 'economists', 'analysts']);

/** "campaigners from Transport & Environment": an unknown capitalised name after an actor noun and "from"/"at" is an organisation. */
export function actorComplement(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const t = tokens[i];
  const prep = tokens[i - 1]?.lower;
  if (!t || !isName(t) || (prep !== 'from' && prep !== 'at') || !ACTOR_PLURALS.has(tokens[i - 2]?.lower ?? '')) return undefined;
  let e = i + 1;
  while (e < tokens.length && e - i < 5 && (isName(tokens[e]) || (tokens[e]!.text === '&' && isName(tokens[e + 1])))) e++;
  const name = surfaceOf(tokens, i, e);
  return [{ start: i, end: e, entity: reg.introduce(name, 'Institution', kindFromName(tokens.slice(i, e).map((x) => x.text))), kind: 'name', alias: [i, e] }];
}

const surfaceOf = (tokens: readonly Token[], s: number, e: number) => tokens.slice(s, e).map((x) => x.text).join(' ');
