import { REVERSALS } from '../lexicon/words.js';
import type { TermRef } from '../stances/discourse.js';
import { entityId, hash } from '../text/ids.js';
import { contentStems, dice, stem } from '../text/normalise.js';
import type { KnownTerm } from '../types.js';

/**
 * Matches a term phrase to the graph's terms (labels and aliases) and to the terms this article
 * introduced, so the same term from two articles becomes one node. Match: Dice coefficient of
 * content-word stems ≥ JOIN_THRESHOLD against any label or alias (a one-word phrase only matches the
 * same word), and the same polarity (a phrase that starts with a reversal such as "dropping" or
 * "removal" never matches one that does not).
 */
export const JOIN_THRESHOLD = 0.6;
const REVERSAL_STEMS = new Set([...REVERSALS].map(stem));

interface Variant {
  term: TermRef;
  stems: string[];
  reversal: boolean;
  known: boolean;
}

export interface NewTerm {
  id: string;
  label: string;
  aliases: string[];
}

export const isReversal = (stems: readonly string[]) => stems.length > 0 && REVERSAL_STEMS.has(stems[0]!);

export class TermRegistry {
  private readonly variants: Variant[] = [];
  private readonly index = new Map<string, number[]>();
  private readonly ids = new Set<string>();
  readonly created = new Map<string, NewTerm>();
  readonly used = new Map<string, TermRef>();
  /** Per variant, the last resolve call that scored it. */
  private readonly seenAt: number[] = [];
  private stamp = 0;

  constructor(known: readonly KnownTerm[]) {
    for (const t of known) {
      const ref = { id: t.id, label: t.label };
      this.ids.add(t.id);
      for (const text of [t.label, ...t.aliases]) this.addVariant(ref, contentStems(text), true);
    }
  }

  private addVariant(term: TermRef, stems: string[], known: boolean): void {
    if (stems.length === 0) return;
    const i = this.variants.push({ term, stems, reversal: isReversal(stems), known }) - 1;
    for (const s of stems) {
      const list = this.index.get(s) ?? [];
      list.push(i);
      this.index.set(s, list);
    }
  }

  /** The term for a phrase: an existing one when close enough, otherwise a new one. */
  resolve(label: string, stems: readonly string[] = contentStems(label)): { term: TermRef; isNew: boolean; score: number } {
    const reversal = isReversal(stems);
    let best: { v: Variant; score: number } | undefined;
    // Variants already scored in this call carry this call's stamp (no Set per call).
    const stamp = ++this.stamp;
    for (const s of stems) {
      const list = this.index.get(s);
      if (!list) continue;
      for (const i of list) {
        if (this.seenAt[i] === stamp) continue;
        this.seenAt[i] = stamp;
        const v = this.variants[i]!;
        if (v.reversal !== reversal) continue;
        // A one-word phrase joins only an identical one ("ceasefire" is not "guaranteed ceasefire").
        const score = (stems.length === 1 || v.stems.length === 1) && stems.length !== v.stems.length ? 0 : dice(stems, v.stems);
        if (!best || score > best.score || (score === best.score && v.known && !best.v.known)) best = { v, score };
      }
    }
    if (best && best.score >= JOIN_THRESHOLD) {
      const created = this.created.get(best.v.term.id);
      if (created && best.score < 1 && label !== created.label && !created.aliases.includes(label)) created.aliases.push(label);
      this.used.set(best.v.term.id, best.v.term);
      return { term: best.v.term, isNew: !!created, score: best.score };
    }
    let id = entityId('term', label);
    if (this.ids.has(id)) id = `${id}-${hash(label, 6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
    const term = { id, label };
    this.ids.add(id);
    this.created.set(id, { id, label, aliases: [] });
    this.addVariant(term, [...stems], false);
    this.used.set(id, term);
    return { term, isNew: true, score: 1 };
  }
}
