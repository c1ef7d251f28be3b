import type { Mention } from '../stakeholders/detect.js';
import type { Token } from '../text/tokens.js';

/**
 * Mention lookups by token index, shared by the sentence readers. Plain loops taking their
 * arguments rather than `mentions.find((m) => …)` arrows: an arrow inside a token loop that captures
 * the loop variable makes V8 allocate a context for every token it looks at.
 */

/** The mention covering token k. */
export function mentionAt(mentions: readonly Mention[], k: number): Mention | undefined {
  for (const m of mentions) if (m.start <= k && k < m.end) return m;
  return undefined;
}

/** Does a mention start within [s, e)? */
export function mentionStartsIn(mentions: readonly Mention[], s: number, e: number): boolean {
  for (const m of mentions) if (m.start >= s && m.start < e) return true;
  return false;
}

/** A mention ending at j with a comma inside it ("Paris, France"): the comma before the verb is its own. */
export function closingMention(tokens: readonly Token[], mentions: readonly Mention[], j: number): boolean {
  for (const m of mentions) {
    if (m.end !== j) continue;
    for (let k = m.start; k < m.end && k < tokens.length; k++) if (tokens[k]!.text === ',') return true;
  }
  return false;
}
