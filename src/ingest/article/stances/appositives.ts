import type { Stance } from '../../../model/vocabulary.js';
import { APPOSITIVE_STANCES } from '../lexicon/nominal-cues.js';
import { DOC_NOUNS, PREPOSITIONS, SUBORDINATORS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import type { Entity } from '../stakeholders/registry.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import type { Token } from '../text/tokens.js';
import { verbish } from './clauses.js';
import type { SentenceState } from './holders.js';
import { objectOf } from './objects.js';
import type { Candidate } from './sentence.js';

/**
 * Verbless stances that name their holder beside the thing held:
 *   "a waiver for small boats, a key demand of the union,"  /  "a waiver — the union's main demand —"
 *   "Under Japan's plan, quotas would be capped at 2020 levels."
 * The appositive re-describes the noun phrase before it, so that phrase is the term.
 */
const MODIFIERS = /^(?:key|main|central|chief|core|long-standing|longstanding|longtime|top|principal|major|first|last|latest|original|initial|own|signature|headline|flagship|repeated|new)$/;
const OPENERS = new Set([',', '—', '–', '(']);
const CLAUSE_ENTRY = { rest: ['that'], takes: 'np' as const, weight: 0.6, label: 'under (plan)', first: 'under' };

export function appositiveStances(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  const { tokens, mentions } = st;
  const out: Candidate[] = [];
  const emit = (holder: Entity, range: [number, number], stance: Stance, note: string, confidence: number) => {
    const clean = cleanTerm(analysis, tokens, range, mentions, (h) => st.discourse.phrases.get(h));
    if (!clean || clean.generic || clean.harm) return;
    const { term, isNew } = terms.resolve(clean.text, clean.stems);
    out.push({ holder, term, termIsNew: isNew, stance, confidence, note });
    st.discourse.note({ holders: [holder], term, stance });
  };
  for (let k = 1; k < tokens.length; k++) {
    if (!OPENERS.has(tokens[k]!.text)) continue;
    const found = appositiveAt(tokens, mentions, k + 1);
    if (!found) continue;
    const start = phraseStart(tokens, mentions, k);
    if (start < k) emit(found.holder, [start, k], found.stance, `appositive "${found.noun}"`, 0.65);
  }
  const under = underPlan(tokens, mentions);
  if (under) {
    const object = objectOf(tokens, { end: under.from, entry: { ...CLAUSE_ENTRY, stance: 'PROPOSED' } }, cueStarts);
    for (const range of object?.phrases ?? []) emit(under.holder, range, 'PROPOSED', `"under" ${under.noun}`, 0.6);
  }
  return out;
}

/** ", a key demand of the union" / "— the union's main demand" / "— Japan's key proposal". */
function appositiveAt(tokens: readonly Token[], mentions: readonly Mention[], k: number): { holder: Entity; stance: Stance; noun: string } | undefined {
  let j = k;
  let owner: Mention | undefined;
  if (/^(?:a|an|the)$/.test(tokens[j]?.lower ?? '')) j++;
  const pre = mentions.find((m) => m.start === j && (m.possessive || m.kind === 'adjective'));
  if (pre) (owner = pre), (j = pre.end + (pre.possessive ? 1 : 0));
  else if (j === k) return undefined;
  while (MODIFIERS.test(tokens[j]?.lower ?? '')) j++;
  const stance = APPOSITIVE_STANCES.get(tokens[j]?.lower ?? '');
  if (!stance) return undefined;
  const noun = tokens[j]!.text;
  if (!owner) {
    if (!/^(?:of|by|from)$/.test(tokens[j + 1]?.lower ?? '')) return undefined;
    const at = tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2;
    owner = mentions.find((m) => m.start === at || m.start === j + 2);
    if (!owner || owner.kind === 'adjective') return undefined;
    j = owner.end - 1;
  }
  // The appositive must close: a comma, dash, bracket or the end of the sentence.
  const close = tokens[j + 1];
  if (close && !/^[,—–).;]$/.test(close.text)) return undefined;
  return { holder: owner.entity, stance, noun };
}

/** Start of the noun phrase that ends before `end`: back to a verb, a preposition's head, a clause opener or a stakeholder. */
function phraseStart(tokens: readonly Token[], mentions: readonly Mention[], end: number): number {
  let s = end;
  while (s > 0 && end - s < 12) {
    const t = tokens[s - 1]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '%' && t.text !== '$') break;
    if (verbish(t) || SUBORDINATORS.has(t.lower) || mentions.some((m) => m.start <= s - 1 && s - 1 < m.end && !m.possessive && m.kind !== 'adjective')) break;
    s--;
  }
  // "…debated a waiver for small boats": keep the object's own prepositional complements, not a leading "on"/"over".
  while (s < end && PREPOSITIONS.has(tokens[s]!.lower)) s++;
  return s;
}

/** "Under Japan's plan, …" / "Under the Japanese proposal, …": the rest of the sentence is the plan's content. */
function underPlan(tokens: readonly Token[], mentions: readonly Mention[]): { holder: Entity; from: number; noun: string } | undefined {
  const u = tokens.findIndex((t) => t.lower === 'under');
  if (u < 0 || (u > 0 && tokens[u - 1]!.text !== ',')) return undefined;
  let j = u + 1;
  if (tokens[j]?.lower === 'the') j++;
  const m = mentions.find((x) => (x.start === j || x.start === u + 1) && (x.possessive || x.kind === 'adjective'));
  if (!m || m.entity.kind === 'Person' && !m.possessive) return undefined;
  j = m.end + (m.possessive ? 1 : 0);
  while (j < tokens.length && j - m.end < 4 && !DOC_NOUNS.has(tokens[j]!.lower) && tokens[j]!.kind === 'word') j++;
  if (!DOC_NOUNS.has(tokens[j]?.lower ?? '') || tokens[j + 1]?.text !== ',') return undefined;
  return { holder: m.entity, from: j + 2, noun: tokens[j]!.text };
}
