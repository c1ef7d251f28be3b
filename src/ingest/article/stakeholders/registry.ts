import type { InstitutionKind } from '../../../model/vocabulary.js';
import { ORGANISATIONS } from '../lexicon/organisations.js';
import { ORG_WORDS } from '../lexicon/roles.js';
import { STATES } from '../lexicon/states.js';
import { entityId } from '../text/ids.js';
import { stem } from '../text/normalise.js';
import { type Token, tokenize } from '../text/tokens.js';
import type { KnownStakeholder } from '../types.js';
import { COMMON_FIRST_WORDS, KIND_HEADS, SECOND_GIVEN_NAMES } from './name-words.js';

/**
 * Every stakeholder the extractor can name: the graph's (names and aliases), the built-in lexicon's
 * (states, organisations, metonyms) and those the article introduces. Resolution is by name and alias
 * tokens (longest match first; graph before lexicon before article), so "Ukrainian officials" finds
 * the graph's negotiating team before the demonym rule would make it Ukraine.
 */
export interface Entity {
  id: string;
  name: string;
  kind: 'Person' | 'Institution';
  institutionKind?: InstitutionKind;
  origin: 'graph' | 'lexicon' | 'article';
  /** Names this entity was found under in the article, for new entities' aliases. */
  aliases: Set<string>;
  role?: string;
  affiliation?: string;
  partOf?: string;
  /** Lower-case head nouns for definite descriptions ("the union", "the presidency"). */
  heads: Set<string>;
  /** Order of last mention (0 = never mentioned in this article). */
  lastSeen: number;
  /** Mentions in this article so far: the main parties are the most mentioned ("both governments"). */
  count?: number;
  /** Lower-case words of the name, computed once. */
  nameWords?: string[];
}

interface Candidate {
  lower: string[];
  text: string[];
  caseSensitive: boolean;
  entity: Entity;
}

const PRIORITY = { graph: 0, lexicon: 1, article: 2 } as const;

export class Registry {
  readonly entities = new Map<string, Entity>();
  private readonly index = new Map<string, Candidate[]>();
  /** Demonym (lower case, possibly two words) → state id. */
  readonly demonyms = new Map<string, string>();
  /** Acronyms of plans ("NSS"): never organisations. Shared with the discourse, which finds them. */
  readonly docAcronyms = new Set<string>();
  /** Places the article names as places (its dateline's city): no body named after one takes it as a short name. */
  readonly places = new Set<string>();
  /** First words of two-word demonyms ("south" of "South African"). */
  readonly demonymFirstWords = new Set<string>();
  private clock = 0;
  /** Entities mentioned in this article so far: definite descriptions only look here. */
  private readonly mentioned = new Set<Entity>();
  /** The latest mentioned entity per head noun stem, per institution kind, per name word. */
  private readonly byHeadIndex = new Map<string, Entity>();
  private readonly byKindIndex = new Map<InstitutionKind, Entity>();
  private readonly byWordIndex = new Map<string, Entity>();

  /** Adds a head noun ("presidency") to an entity, so "the presidency" finds it from now on. */
  addHead(e: Entity, word: string): void {
    const h = stem(word);
    e.heads.add(h);
    if (e.lastSeen > 0) this.byHeadIndex.set(h, e);
  }

  constructor(known: readonly KnownStakeholder[]) {
    for (const k of known) {
      const e = this.add({ id: k.id, name: k.name, kind: k.kind, origin: 'graph', ...(k.institutionKind ? { institutionKind: k.institutionKind } : {}) });
      for (const alias of [k.name, ...k.aliases]) this.alias(e, alias);
    }
    for (const s of STATES) {
      const e = this.entities.get(entityId('inst', s.name)) ?? this.add({ id: entityId('inst', s.name), name: s.name, kind: 'Institution', institutionKind: 'STATE', origin: 'lexicon' });
      const names = [...s.aliases, ...s.capitals, ...s.demonyms.filter((d) => /s$/.test(d) && d !== 'Swiss')];
      for (const alias of [s.name, ...names]) this.alias(e, alias);
      if (e.origin === 'lexicon') names.forEach((n) => e.aliases.add(n));
      for (const d of s.demonyms) {
        this.demonyms.set(d.toLowerCase(), e.id);
        if (d.includes(' ')) this.demonymFirstWords.add(d.split(' ')[0]!.toLowerCase());
      }
    }
    for (const o of ORGANISATIONS) {
      const id = entityId('inst', o.name);
      const e = this.entities.get(id) ?? this.add({ id, name: o.name, kind: 'Institution', institutionKind: o.kind, origin: 'lexicon', ...(o.partOf ? { partOf: o.partOf } : {}) });
      for (const alias of [o.name, ...o.aliases]) this.alias(e, alias);
      if (e.origin === 'lexicon') o.aliases.forEach((n) => e.aliases.add(n));
    }
  }

  private add(e: Omit<Entity, 'aliases' | 'heads' | 'lastSeen'>): Entity {
    const entity: Entity = { ...e, aliases: new Set(), heads: new Set(), lastSeen: 0 };
    this.entities.set(entity.id, entity);
    const last = e.name.split(/\s+/).at(-1)!.toLowerCase();
    if (e.kind === 'Institution' && /^[a-z]+$/.test(last)) entity.heads.add(stem(last));
    return entity;
  }

  /** Makes `alias` resolve to `e` (unless an entity of higher priority already owns it). */
  alias(e: Entity, alias: string): void {
    const text = alias.replace(/^the\s+/i, '').trim();
    if (!/^[\p{L}\p{N}]/u.test(text)) return;
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    const lower = tokens.map((t) => t.lower);
    const key = lower[0]!;
    const list = this.index.get(key) ?? [];
    // All-caps or dotted aliases (US, EU, U.S.) only match as written, so "us" is never the United States.
    const caseSensitive = /^[\p{Lu}\d.&+-]+$/u.test(text.replace(/\s/g, '')) && /\p{Lu}.*\p{Lu}/u.test(text);
    const same = list.find((c) => c.lower.join(' ') === lower.join(' '));
    // The same words for the same entity: keep the form that matches more ("Brussels" over "BRUSSELS").
    const looser = same && same.entity === e && same.caseSensitive && !caseSensitive;
    if (same && !looser && PRIORITY[same.entity.origin] <= PRIORITY[e.origin]) return;
    if (same) list.splice(list.indexOf(same), 1);
    list.push({ lower, text: tokens.map((t) => t.text), caseSensitive, entity: e });
    list.sort((a, b) => b.lower.length - a.lower.length);
    this.index.set(key, list);
  }

  /** The longest name or alias starting at token i. */
  match(tokens: readonly Token[], i: number): { entity: Entity; end: number } | undefined {
    const first = tokens[i];
    if (!first || first.kind !== 'word') return undefined;
    for (const c of this.index.get(first.lower) ?? []) {
      const n = c.lower.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = tokens[i + j]!.lower === c.lower[j] && (!c.caseSensitive || tokens[i + j]!.text === c.text[j]);
      if (ok && (c.caseSensitive || first.cap)) return { entity: c.entity, end: i + n };
    }
    return undefined;
  }

  /** A stakeholder the article introduces (or finds again under the same id). */
  introduce(name: string, kind: 'Person' | 'Institution', institutionKind?: InstitutionKind, aliases: string[] = []): Entity {
    const id = entityId(kind === 'Person' ? 'person' : 'inst', name);
    const e = this.entities.get(id) ?? this.add({ id, name, kind, origin: 'article', ...(institutionKind ? { institutionKind } : {}) });
    this.alias(e, name);
    for (const a of aliases) this.alias(e, a);
    const words = name.split(/\s+/);
    if (kind === 'Person' && words.length > 1) this.aliasIfFree(e, words.at(-1)!);
    // "Rodrigo Ibarra Solís" is later "Ibarra": with two surnames, the first is the short name too;
    // "Mary Ann Smith" is never "Ann".
    if (kind === 'Person' && words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && !SECOND_GIVEN_NAMES.has(words[1]!.toLowerCase())) this.aliasIfFree(e, words[1]!);
    // "National Road Transport and Logistics Union" is later "the NRTLU": its initials name it.
    const initials = kind === 'Institution' ? initialsOf(words) : undefined;
    if (initials) this.aliasIfFree(e, initials);
    const orgWordLast = words.length === 2 && ORG_WORDS.has(words[1]!);
    // "Northwind Pilots Association" is later "Northwind"; "Australian Council of Trade Unions" is not
    // "Australian", which names a state's people (and would be learnt by the graph for later articles).
    const first = words[0]!.toLowerCase();
    // "Cascadia Pacific Airlines" is later "Cascadia Pacific": a name of plain capitalised words before one organisation word.
    if (kind === 'Institution' && words.length >= 3 && ORG_WORDS.has(words.at(-1)!) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(w)) && !this.demonyms.has(first)) {
      this.aliasIfFree(e, words.slice(0, -1).join(' '));
    }
    // "Board of Regents" is never "Board": an organisation word alone names any body.
    if (kind === 'Institution' && (words.length >= 3 || orgWordLast) && !COMMON_FIRST_WORDS.has(first) && !this.demonyms.has(first) && !ORG_WORDS.has(words[0]!)) this.aliasIfFree(e, words[0]!);
    return e;
  }

  /** A short name ("Osman", "Northwind", "Cascadia Pacific") for later mentions; kept with the entity so the graph learns it too. */
  private aliasIfFree(e: Entity, alias: string): void {
    const tokens = tokenize(alias);
    if (tokens.length !== alias.split(' ').length || this.match(tokens, 0) || this.places.has(alias.toLowerCase())) return;
    this.alias(e, alias);
    e.aliases.add(alias);
  }

  seen(e: Entity, surface?: string): void {
    e.lastSeen = ++this.clock;
    e.count = (e.count ?? 0) + 1;
    this.mentioned.add(e);
    for (const h of e.heads) this.byHeadIndex.set(h, e);
    if (e.institutionKind) this.byKindIndex.set(e.institutionKind, e);
    // "Players'" in "Rugby Players' Alliance" is the name word "players".
    if (e.kind === 'Institution') for (const w of (e.nameWords ??= e.name.toLowerCase().split(/\s+/).map((x) => x.replace(/['’]$/, '')))) this.byWordIndex.set(w, e);
    // A shouted dateline ("BRUSSELS —") is not a name worth keeping.
    if (surface && !(surface.length > 5 && surface === surface.toUpperCase())) e.aliases.add(surface);
  }

  /** Every entity mentioned in this article so far. */
  get mentionedEntities(): ReadonlySet<Entity> {
    return this.mentioned;
  }

  /** The most recently mentioned entity with this head noun ("union" → Great Lakes Nurses Union). */
  byHead(word: string): Entity | undefined {
    const found = this.byHeadIndex.get(stem(word));
    // A head given by an appositive ("Conecta, the association that …") yields to a body named with that
    // word since ("… the Association of Regional Providers"): the later one is meant.
    const named = found ? this.byWordIndex.get(word) : undefined;
    if (found) return named && named.lastSeen > found.lastSeen ? named : found;
    let best: Entity | undefined;
    for (const kind of KIND_HEADS[word] ?? []) {
      const e = this.byKindIndex.get(kind);
      if (e && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /** A recently mentioned institution one of whose name words is this plural noun ("nurses" → the Nurses Union). */
  byNameWord(word: string): Entity | undefined {
    return this.byWordIndex.get(word.toLowerCase());
  }

}

const INITIAL_SKIPS = new Set(['and', 'of', 'the', 'for', 'on', '&']);

/** The acronym of a name of three or more capitalised words ("Transit and Rail Workers' Federation" → TRWF), or undefined. */
export function initialsOf(words: readonly string[]): string | undefined {
  let out = '';
  for (const w of words) {
    if (INITIAL_SKIPS.has(w.toLowerCase())) continue;
    const c = w.charAt(0);
    if (c.toUpperCase() !== c || c.toLowerCase() === c) return undefined;
    out += c;
  }
  return out.length >= 3 ? out : undefined;
}
