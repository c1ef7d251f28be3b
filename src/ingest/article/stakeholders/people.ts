import type { Token } from '../text/tokens.js';
import type { Entity, Registry } from './registry.js';
import { ROLE_SET, isCapWord, nameEnd, orgNameEnd, roleAfterQualifiers } from './patterns.js';
import { type Found, surface } from './detect.js';
import type { Mention } from './detect.js';
import { ORG_WORDS } from '../lexicon/roles.js';

/**
 * People: a title with qualifiers and a name ("Ukrainian President Volodymyr Zelenskyy", "its finance
 * minister, Paul Mercier,"), a title alone standing for its qualifier ("the IAEA's director general"),
 * and untitled speakers ("said Jane Doe").
 */

/** Titles that a later "the <title>" refers back through (not "the head", "the official": too general). */
export const TITLE_HEADS = new Set(['minister', 'senator', 'mayor', 'governor', 'president', 'chancellor', 'premier', 'councillor', 'councilor', 'commissioner',
  'ambassador', 'envoy', 'negotiator', 'chairman', 'chairwoman', 'chairperson', 'spokesperson', 'spokesman', 'spokeswoman', 'prosecutor', 'ceo', 'secretary']);

export const SPEAKING = new Set(['said', 'says', 'told', 'added']);
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);
const PLACE_NOUNS = new Set(['city', 'capital', 'town', 'port', 'region', 'province', 'state', 'village', 'island', 'county', 'district', 'coast', 'border', 'river', 'valley', 'country']);

/** "Ukrainian President Volodymyr Zelenskyy", "its finance minister, Paul Mercier", "The IAEA's director general". */
export function person(tokens: readonly Token[], i: number, reg: Registry): Found[] | undefined {
  const r = roleAfterQualifiers(tokens, i);
  if (r < 0) return undefined;
  let roleEnd = r + ROLE_SET.at(tokens, r);
  let comma = tokens[roleEnd]?.text === ',' ? 1 : 0;
  let n = nameEnd(tokens, roleEnd + comma);
  // "Deputy Water Resources Minister Gulnara Bekova": the title goes on to its last role word; the name follows it.
  for (let k = roleEnd + comma; k < n; k++) {
    const len = ROLE_SET.at(tokens, k);
    if (!len || k + len >= n) continue;
    roleEnd = k + len;
    comma = 0;
    n = nameEnd(tokens, roleEnd);
    k = roleEnd - 1;
  }
  const qualifier = qualifierEntity(tokens, i, r, reg);
  // "the club's owner, Calloway Sports Group": a name that runs on into an organisation word names a body, not a person.
  if (n > roleEnd + comma && tokens[n]?.cap && ORG_WORDS.has(tokens[n]!.text)) return undefined;
  if (n > roleEnd + comma) {
    const entity = personNamed(tokens, roleEnd + comma, n, reg);
    entity.role ??= surface(tokens, r, roleEnd);
    // "the minister", "the senator" later refer back to the person with that title.
    const title = tokens[roleEnd - 1]!.lower;
    if (TITLE_HEADS.has(title)) reg.addHead(entity, title);
    if (qualifier && entity.origin === 'article') entity.affiliation ??= qualifier.id;
    return [{ start: i, end: n, entity, kind: 'name', alias: [roleEnd + comma, n] }];
  }
  // "the Mozambique Debt Justice Coalition": a title word inside an organisation's name makes no person.
  if (qualifier && r > i && !(tokens[r]!.cap && orgNameEnd(tokens, i) > roleEnd)) return [{ start: i, end: roleEnd, entity: qualifier, kind: 'group' }];
  return undefined;
}

export function qualifierEntity(tokens: readonly Token[], from: number, to: number, reg: Registry): Entity | undefined {
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

export function personNamed(tokens: readonly Token[], s: number, e: number, reg: Registry): Entity {
  const m = reg.match(tokens, s);
  if (m && m.end >= e && m.entity.kind === 'Person') return m.entity;
  if (m && m.entity.kind === 'Person' && e - s === 1) return m.entity;
  return reg.introduce(surface(tokens, s, e), 'Person');
}

/** "said Jane Doe" / "Jane Doe said": a named speaker with no title. */
export function speakers(tokens: readonly Token[], reg: Registry, mentions: Mention[]): void {
  // "told Reuters France would …": a span that holds a stakeholder already found is no one's name.
  const covered = (from: number, to: number) => mentions.some((m) => m.start < to && from < m.end);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!SPEAKING.has(t.lower)) continue;
    for (const [s, dir] of [[k + 1, 1], [k - 1, -1]] as const) {
      if (dir === 1) {
        const e = nameEnd(tokens, s);
        if (e - s >= 2 && !covered(s, e)) push(s, e);
      } else {
        let b = s;
        while (b >= 0 && isCapWord(tokens[b]) && s - b < 3) b--;
        if (s - b >= 2 && !covered(b + 1, s + 1) && nameEnd(tokens, b + 1) === s + 1) push(b + 1, s + 1);
        // "One of them, Oscar Villanueva-Reid, said": a name between commas right before the verb.
        else if (tokens[s]?.text === ',') {
          let c = s - 1;
          while (c >= 0 && isCapWord(tokens[c]) && s - c <= 3) c--;
          if (s - 1 - c >= 2 && tokens[c]?.text === ',' && !covered(c + 1, s) && nameEnd(tokens, c + 1) === s) push(c + 1, s);
        }
      }
    }
  }
  // "Rodrigo Ibarra Solís, the undersecretary for …,", "Mathilde Kersaudy, the French Green …": a name described as a role or a national.
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[k + 1]?.lower ?? '')) continue;
    let b = k - 1;
    while (b >= 0 && k - b <= 4 && isCapWord(tokens[b])) b--;
    b++;
    if (k - b < 2 || nameEnd(tokens, b) !== k || covered(b, k) || (b > 0 && tokens[b - 1]!.kind === 'word' && tokens[b - 1]!.cap)) continue;
    let described = false;
    let place = false;
    for (let r = k + 2; r < tokens.length && r - k <= 4; r++) {
      described ||= ROLE_SET.at(tokens, r) > 0 || (tokens[r]!.cap && reg.demonyms.has(tokens[r]!.lower));
      // "Porto Alegre, the Brazilian city,": a place described, not a person.
      place ||= PLACE_NOUNS.has(tokens[r]!.lower);
    }
    if (described && !place) push(b, k);
  }
  // "Sinéad Farrell-Nakamura, who leads the Liberal Democrats, said": a name "who" describes is a person's.
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',' || tokens[k + 1]?.lower !== 'who') continue;
    let b = k - 1;
    while (b >= 0 && k - b <= 4 && isCapWord(tokens[b])) b--;
    b++;
    if (k - b >= 2 && nameEnd(tokens, b) === k && !covered(b, k) && !(b > 0 && tokens[b - 1]!.kind === 'word' && tokens[b - 1]!.cap)) push(b, k);
  }
  // "the board's student member, Priya Castellanos-Reid,": a role, then the name in apposition.
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',' || !isCapWord(tokens[k + 1])) continue;
    const roleEnd = ROLE_SET.at(tokens, k - 1) === 1 || ROLE_SET.at(tokens, k - 2) === 2;
    if (!roleEnd || tokens[k - 1]!.cap) continue;
    let e = k + 1;
    while (e < tokens.length && e - k <= 4 && isCapWord(tokens[e])) e++;
    if (e - k - 1 >= 2 && (tokens[e]?.text === ',' || tokens[e]?.kind === 'poss') && !covered(k + 1, e) && nameEnd(tokens, k + 1) === e) push(k + 1, e);
  }
  function push(s: number, e: number) {
    const entity = personNamed(tokens, s, e, reg);
    reg.seen(entity, entity.origin === 'graph' ? undefined : surface(tokens, s, e));
    mentions.push({ start: s, end: e, entity, kind: 'name', possessive: tokens[e]?.kind === 'poss' });
  }
}
