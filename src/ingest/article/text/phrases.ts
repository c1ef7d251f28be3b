import { type Token, tokenize } from './tokens.js';

/** A set of multi-word phrases matched case-insensitively against tokens, longest first. */
export class PhraseSet {
  private readonly index = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = tokenize(p).map((t) => t.lower);
      if (!words.length) continue;
      const list = this.index.get(words[0]!) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.index.set(words[0]!, list);
    }
  }

  /** Number of tokens of the longest phrase starting at i, or 0. */
  at(tokens: readonly Token[], i: number): number {
    const list = this.index.get(tokens[i]?.lower ?? '');
    if (!list) return 0;
    // Plain loops: this runs for most capitalised words (titles, state and group nouns).
    for (const words of list) {
      let j = 1;
      while (j < words.length && tokens[i + j]?.lower === words[j]) j++;
      if (j === words.length) return words.length;
    }
    return 0;
  }
}
