import { DOC_NOUNS, FUNCTION_WORDS_TERM, PREPOSITIONS } from '../lexicon/words.js';
import type { Mention } from '../stakeholders/detect.js';
import { stem } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import { verbish } from './clauses.js';
import { mentionAt } from './mention-at.js';
import type { Discourse } from './discourse.js';

/**
 * Per-sentence bookkeeping before cues are read: plans and their authors ("a draft text released by
 * the Brazilian presidency", "the presidency's draft", "the initial U.S. proposal"), plan acronyms
 * ("National Security Strategy (NSS)"), and indefinite noun phrases that a later "the <head>" may
 * refer back to ("a roadmap for transitioning away from fossil fuels" … "the roadmap").
 */
const RELEASED = new Set(['released', 'drafted', 'published', 'unveiled', 'presented', 'tabled', 'proposed', 'issued', 'circulated', 'prepared', 'submitted', 'written', 'put', 'drawn', 'sent', 'sponsored', 'introduced', 'filed']);

const OPENERS = new Set(['the', 'a', 'an', 'this', 'its', 'their']);
const PHRASE_ENDS = new Set(['that', 'which', 'who', 'and', 'but', 'while', 'if', 'as']);

/** Index loops rather than slices and closures: this runs on every sentence. */
export function scanSentence(tokens: readonly Token[], mentions: readonly Mention[], discourse: Discourse): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > 0 && t.cap && t.kind === 'word' && tokens[k - 1]!.kind !== 'punct') discourse.properWords.add(t.text);
    if (t.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}[\p{Lu}\d]{1,9}$/u.test(tokens[k + 1]?.text ?? '')) {
      let docBefore = false;
      for (let q = Math.max(0, k - 5); q < k && !docBefore; q++) docBefore = DOC_NOUNS.has(tokens[q]!.lower);
      if (docBefore && !mentionAt(mentions, k - 1)) discourse.acronyms.add(tokens[k + 1]!.lower);
    }
    if (t.kind !== 'word' || !DOC_NOUNS.has(t.lower) || mentionAt(mentions, k)) continue;
    // "X, released … by Y" / "X released by Y"
    for (let j = k + 1; j < tokens.length && j - k < 8; j++) {
      if (!RELEASED.has(tokens[j]!.lower)) continue;
      let by = -1;
      for (let i = j + 1; i < tokens.length && i - j < 8; i++) {
        if (tokens[i]!.lower === 'by') {
          by = i;
          break;
        }
      }
      const agent = by > 0 ? agentAt(tokens, mentions, by) : undefined;
      if (agent && agent.kind !== 'adjective') discourse.addDoc(t.lower, label(tokens, k), [agent.entity]);
      break;
    }
    // "The draft act, which the minister's ministry sent out in August, …": the subject of the relative clause wrote it.
    const writer = relativeAuthor(tokens, mentions, k);
    if (writer) {
      discourse.addDoc(t.lower, label(tokens, k), [writer.entity]);
      continue;
    }
    // "the presidency's draft", "the initial U.S. proposal", "the American offer"
    let p = k - 1;
    while (p >= 0 && k - p <= 3 && tokens[p]!.kind === 'word' && !tokens[p]!.cap && !OPENERS.has(tokens[p]!.lower)) p--;
    const owner = ownerAt(mentions, p);
    if (owner) discourse.addDoc(t.lower, label(tokens, k), [owner.entity]);
  }
  let quoted = false;
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    // A phrase inside a quotation is a speaker's generalisation ("A merger without remedies would be …"), not a referent.
    if (text === '"' || text === '“' || text === '”') quoted = text === '“' ? true : text === '”' ? false : !quoted;
    if (quoted || (tokens[k]!.lower !== 'a' && tokens[k]!.lower !== 'an')) continue;
    let e = k + 1;
    while (e < tokens.length && e - k <= 10 && tokens[e]!.kind !== 'punct' && !(verbish(tokens[e]) && !adjectival(tokens, e)) && !PHRASE_ENDS.has(tokens[e]!.lower)) e++;
    // "a compromise under [which …]": not a preposition left without its object.
    while (e > k + 1 && PREPOSITIONS.has(tokens[e - 1]!.lower)) e--;
    let words = 0;
    for (let q = k + 1; q < e && words < 2; q++) if (tokens[q]!.kind === 'word' && !FUNCTION_WORDS_TERM.has(tokens[q]!.lower)) words++;
    if (words < 2) continue;
    // The head is the word before the first preposition (unless the phrase opens with one), else the last word.
    let prep = -1;
    for (let q = k + 1; q < e; q++) {
      if (PREPOSITIONS.has(tokens[q]!.lower)) {
        prep = q - (k + 1);
        break;
      }
    }
    const head = prep > 0 ? tokens[k + prep] : tokens[e - 1];
    if (head && head.kind === 'word') {
      let phrase = tokens[k + 1]!.text;
      for (let q = k + 2; q < e; q++) phrase += ` ${tokens[q]!.text}`;
      discourse.phrases.set(stem(head.text), phrase);
      // A subject ("a group of oil-exporting countries threatened …") is not what "the measure" refers to.
      if (!verbish(tokens[e])) discourse.lastPhrase = phrase;
    }
  }
}

/*
 * Mention lookups as functions of their arguments: an arrow in the token loop that captured a
 * loop variable made V8 allocate a context for every token of every sentence.
 */

/** ", which Gassner-Mbeki's ministry sent out": the mention opening a relative clause whose verb releases the plan. */
function relativeAuthor(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | undefined {
  const r = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  if (tokens[r]?.lower !== 'which' && tokens[r]?.lower !== 'that') return undefined;
  const m = agentAt(tokens, mentions, r);
  if (!m || m.kind === 'adjective') return undefined;
  // "the minister's ministry sent": past the owned body to the verb.
  let v = m.end;
  if (m.possessive) while (v < tokens.length && v - m.end < 3 && tokens[v]!.kind !== 'punct' && !RELEASED.has(tokens[v]!.lower)) v++;
  while (v < tokens.length && v - m.end < 5 && (tokens[v]!.lower === 'has' || tokens[v]!.lower === 'had' || tokens[v]!.lower.endsWith('ly'))) v++;
  return RELEASED.has(tokens[v]?.lower ?? '') ? m : undefined;
}

/** The mention right after "by" (or "by the"). */
function agentAt(tokens: readonly Token[], mentions: readonly Mention[], by: number): Mention | undefined {
  for (const m of mentions) if (m.start === by + 1 || (m.start === by + 2 && tokens[by + 1]!.lower === 'the')) return m;
  return undefined;
}

/** A possessive mention ending at p, or an attributive one ending right after it. */
function ownerAt(mentions: readonly Mention[], p: number): Mention | undefined {
  for (const x of mentions) if ((x.possessive && x.end === p) || (x.kind === 'adjective' && x.end === p + 1)) return x;
  return undefined;
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
