import { GROUP_NOUNS, ROLES, STATE_NOUNS } from '../lexicon/roles.js';
import { NOT_NAMES } from '../lexicon/words.js';
import type { Entity } from '../stakeholders/registry.js';
import type { Token } from '../text/tokens.js';
import type { SentenceState } from './holders.js';
import { mentionAt } from './mention-at.js';

/**
 * Holders the mention detector cannot name on its own:
 *   - "both sides", "the two governments": the two stakeholders the article has mentioned most;
 *   - a single unknown capitalised word as the whole subject of a cue ("Oceana rejected …"): an
 *     organisation, unless it opens the sentence and looks like a common noun ("Critics rejected").
 */
const PAIR_NOUNS = new Set(['sides', 'governments', 'countries', 'nations', 'parties', 'leaders', 'delegations', 'teams', 'camps', 'capitals', 'states', 'companies', 'firms', 'groups', 'unions', 'neighbours', 'neighbors',
  // "Both executives endorsed …": the governing bodies of the two organisations.
  'executives', 'leaderships', 'boards', 'systems', 'organisations', 'organizations', 'federations', 'associations']);
const STATE_PAIRS = new Set(['governments', 'countries', 'nations', 'capitals', 'states', 'neighbours', 'neighbors']);
/** Capitalised sentence openers that are common nouns, not names ("Critics", "Officials"). */
const COMMON = new Set([...STATE_NOUNS, ...GROUP_NOUNS, ...ROLES].filter((w) => !w.includes(' ')).concat(['critics', 'analysts', 'observers', 'experts', 'residents',
  'protesters', 'campaigners', 'opponents', 'supporters', 'proponents', 'many', 'some', 'most', 'others', 'both', 'all', 'each', 'everyone', 'nobody',
  'none', 'few', 'several', 'members', 'participants', 'negotiations', 'talks', 'sources', 'people', 'parents', 'patients', 'doctors', 'nurses',
  'teachers', 'students', 'economists', 'environmentalists', 'scientists', 'consumers', 'shareholders', 'bondholders', 'creditors', 'landlords',
  'tenants', 'owners', 'drivers', 'pilots', 'staff', 'management', 'employees', 'unions', 'republicans', 'democrats', 'conservatives', 'liberals',
  'greens', 'socialists', 'ministers', 'mps', 'negotiators', 'delegates', 'diplomats', 'diplomacy', 'washington', 'europe', 'asia', 'africa']));

const LIST_GLUE = new Set(['and', ',', 'the']);

export function pairHolders(st: SentenceState, [s, e]: [number, number]): Entity[] {
  // Cheap test first: this runs for every subject without a named stakeholder.
  if (e - s > 4 || e - s < 2 || !PAIR_NOUNS.has(st.tokens[e - 1]!.lower) || !/^(?:both|two)$/.test(st.tokens[e - 2]!.lower)) return [];
  const words = st.tokens.slice(s, e).filter((t) => t.kind === 'word').map((t) => t.lower);
  if (words.length !== 2 || !/^(?:both|two)$/.test(words[0]!) || !PAIR_NOUNS.has(words[1]!)) {
    if (!(words.length === 3 && words[0] === 'the' && words[1] === 'two' && PAIR_NOUNS.has(words[2]!))) return [];
  }
  const noun = words.at(-1)!;
  const later = new Set(st.mentions.filter((m) => m.start >= s).map((m) => m.entity));
  const fits = (x: Entity) => !later.has(x) && x.lastSeen > 0 && (STATE_PAIRS.has(noun) ? x.institutionKind === 'STATE' : noun === 'leaders' || x.kind === 'Institution');
  // The parties an article keeps returning to, not the last names in passing (a mediator, a venue).
  const recent = [...st.registry.mentionedEntities].filter(fits).sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || b.lastSeen - a.lastSeen);
  // Two distinct bodies, not a state and a part of it ("Russia" and "the Kremlin").
  const pair: Entity[] = [];
  for (const x of recent) {
    if (pair.some((p) => p.partOf === x.id || x.partOf === p.id)) continue;
    pair.push(x);
    if (pair.length === 2) break;
  }
  return pair.length === 2 ? pair : [];
}

export function bareNameHolder(st: SentenceState, [s, e]: [number, number]): Entity | undefined {
  const span = st.tokens.slice(s, e).filter((t) => t.kind !== 'punct' || t.text === '"');
  const t: Token | undefined = span.length === 1 ? span[0] : span.length === 2 && span[0]!.lower === 'the' ? span[1] : undefined;
  if (t && st.mentions.some((m) => m.start <= st.tokens.indexOf(t) && st.tokens.indexOf(t) < m.end)) return undefined;
  if (!t || t.kind !== 'word' || !t.cap || NOT_NAMES.has(t.text) || st.registry.demonyms.has(t.lower) || t.lower.length < 3) return undefined;
  const opensSentence = s === 0 || st.tokens[s - 1]?.kind === 'punct';
  // At the start of a sentence every word is capitalised: a plural or a known common noun is no name, unless the
  // article has written it capitalised inside a sentence ("Tidepool and Auralis").
  if (opensSentence && !st.discourse.properWords.has(t.text) && (COMMON.has(t.lower) || /(?:s|ers|ists)$/.test(t.lower) || t.lower.endsWith('ing'))) return undefined;
  if (COMMON.has(t.lower) && t.text !== t.text.toUpperCase()) return undefined;
  const entity = st.registry.introduce(t.text, 'Institution', 'OTHER');
  st.registry.seen(entity, t.text);
  return entity;
}

/**
 * "Oceana and the WWF urged …": unknown one-word names listed with known stakeholders in a subject
 * are organisations too. Only when the subject is nothing but names, "and", commas and "the".
 */
export function listedBareNames(st: SentenceState, [s, e]: [number, number]): Entity[] {
  const { tokens, mentions } = st;
  const bare: number[] = [];
  // Loops and word sets, not arrows and regex literals: this runs for most subjects with a stakeholder.
  for (let k = s; k < e; k++) {
    const m = mentionAt(mentions, k);
    if (m) {
      k = m.end - 1;
      continue;
    }
    const t = tokens[k]!;
    if (LIST_GLUE.has(t.lower)) continue;
    if (t.kind !== 'word' || !t.cap || NOT_NAMES.has(t.text) || COMMON.has(t.lower) || st.registry.demonyms.has(t.lower) || (k === 0 && t.lower.endsWith('s'))) return [];
    // A list item of its own: "Oceana and the WWF", never the first word of a longer name ("Search company Aurora").
    const after = k + 1 === e ? ',' : tokens[k + 1]!.lower;
    const before = k === s ? ',' : tokens[k - 1]!.lower;
    if (!(after === 'and' || after === ',') || !LIST_GLUE.has(before)) return [];
    bare.push(k);
  }
  let and = false;
  for (let k = Math.max(s, 0); k < e && k < tokens.length && !and; k++) and = tokens[k]!.lower === 'and';
  if (!bare.length || !and) return [];
  return bare.map((k) => {
    const entity = st.registry.introduce(tokens[k]!.text, 'Institution', 'OTHER');
    st.registry.seen(entity, tokens[k]!.text);
    return entity;
  });
}
