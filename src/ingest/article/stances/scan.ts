import { DOC_NOUNS, FUNCTION_WORDS_TERM, PREPOSITIONS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import { stem } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import { verbish } from './clauses.js';
import type { Discourse } from './discourse.js';

/**
 * Per-sentence bookkeeping before cues are read: plans and their authors ("a draft text released by
 * the Brazilian presidency", "the presidency's draft", "the initial U.S. proposal"), plan acronyms
 * ("National Security Strategy (NSS)"), and indefinite noun phrases that a later "the <head>" may
 * refer back to ("a roadmap for transitioning away from fossil fuels" … "the roadmap").
 */
const RELEASED = new Set(['released', 'drafted', 'published', 'unveiled', 'presented', 'tabled', 'proposed', 'issued', 'circulated', 'prepared', 'submitted', 'written', 'put', 'drawn']);

export function scanSentence(tokens: readonly Token[], mentions: readonly Mention[], discourse: Discourse): void {
  const mentionAt = (k: number) => mentions.find((m) => m.start <= k && k < m.end);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}[\p{Lu}\d]{1,9}$/u.test(tokens[k + 1]?.text ?? '')) {
      if (tokens.slice(Math.max(0, k - 5), k).some((x) => DOC_NOUNS.has(x.lower)) && !mentionAt(k - 1)) discourse.acronyms.add(tokens[k + 1]!.lower);
    }
    if (t.kind !== 'word' || !DOC_NOUNS.has(t.lower) || mentionAt(k)) continue;
    // "X, released … by Y" / "X released by Y"
    for (let j = k + 1; j < tokens.length && j - k < 8; j++) {
      if (!RELEASED.has(tokens[j]!.lower)) continue;
      const by = tokens.findIndex((x, i) => i > j && i - j < 8 && x.lower === 'by');
      const agent = by > 0 ? mentions.find((m) => m.start === by + 1 || (m.start === by + 2 && tokens[by + 1]!.lower === 'the')) : undefined;
      if (agent && agent.kind !== 'adjective') discourse.addDoc(t.lower, label(tokens, k), [agent.entity]);
      break;
    }
    // "the presidency's draft", "the initial U.S. proposal", "the American offer"
    let p = k - 1;
    while (p >= 0 && k - p <= 3 && tokens[p]!.kind === 'word' && !tokens[p]!.cap && !/^(?:the|a|an|this|its|their)$/.test(tokens[p]!.lower)) p--;
    const owner = mentions.find((x) => (x.possessive && x.end === p) || (x.kind === 'adjective' && x.end === p + 1));
    if (owner) discourse.addDoc(t.lower, label(tokens, k), [owner.entity]);
  }
  let quoted = false;
  for (let k = 0; k < tokens.length; k++) {
    // A phrase inside a quotation is a speaker's generalisation ("A merger without remedies would be …"), not a referent.
    if (tokens[k]!.text === '"' || tokens[k]!.text === '“' || tokens[k]!.text === '”') quoted = tokens[k]!.text === '“' ? true : tokens[k]!.text === '”' ? false : !quoted;
    if (quoted || (tokens[k]!.lower !== 'a' && tokens[k]!.lower !== 'an')) continue;
    let e = k + 1;
    while (e < tokens.length && e - k <= 10 && tokens[e]!.kind !== 'punct' && !(verbish(tokens[e]) && !adjectival(tokens, e)) && !/^(?:that|which|who|and|but|while|if|as)$/.test(tokens[e]!.lower)) e++;
    // "a compromise under [which …]": not a preposition left without its object.
    while (e > k + 1 && PREPOSITIONS.has(tokens[e - 1]!.lower)) e--;
    const words = tokens.slice(k + 1, e).filter((x) => x.kind === 'word' && !FUNCTION_WORDS_TERM.has(x.lower));
    if (words.length < 2) continue;
    const prep = tokens.slice(k + 1, e).findIndex((x) => PREPOSITIONS.has(x.lower));
    const head = prep > 0 ? tokens[k + prep] : tokens[e - 1];
    if (head && head.kind === 'word') {
      const phrase = tokens.slice(k + 1, e).map((x) => x.text).join(' ');
      discourse.phrases.set(stem(head.text), phrase);
      // A subject ("a group of oil-exporting countries threatened …") is not what "the measure" refers to.
      if (!verbish(tokens[e])) discourse.lastPhrase = phrase;
    }
  }
}

/** "the initial U.S. proposal" → "initial U.S. proposal". */
function label(tokens: readonly Token[], head: number): string {
  let s = head;
  while (s > 0 && head - s < 4 && tokens[s - 1]!.kind !== 'punct' && !/^(?:the|a|an|by|of|after|before|when|that|which)$/.test(tokens[s - 1]!.lower) && !verbish(tokens[s - 1])) s--;
  return tokens.slice(s, head + 1).map((t) => t.text).join(' ').replace(/ (['’]s)/g, '$1');
}

/** "fully automated cranes", "a ban on imported steel": an -ed word after an adverb or a preposition modifies a noun. */
function adjectival(tokens: readonly Token[], e: number): boolean {
  const prev = tokens[e - 1];
  return tokens[e]!.lower.endsWith('ed') && !!prev && ((prev.lower.endsWith('ly') && !prev.cap) || PREPOSITIONS.has(prev.lower));
}
