import { boundedMemo } from './memo.js';
import { tokenize } from './tokens.js';

/**
 * Light, deterministic normalisation for comparing phrases: lower case, function words out, a
 * suffix-stripping stem. The stem does not have to be a real lemma, only the same for "cede",
 * "cedes", "ceded" and "ceding", since both sides of every comparison go through it.
 */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'on', 'in', 'with', 'and', 'or', 'by', 'at', 'from', 'as', 'into', 'onto', 'over', 'about',
  'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'all', 'some', 'such', 'this', 'that', 'these', 'those', 'which', 'who',
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'would', 'should', 'could', 'will', 'may', 'might', 'must', 'can', 'shall',
  'has', 'have', 'had', 'do', 'does', 'did', 'it', 'they', 'them', 'we', 'us', 'he', 'she', 'him', 'what', "'s", "'", 'so', 'than',
  'also', 'very', 'more', 'most', 'other', 'another', 'each', 'every', 'both', 'either', 'up', 'out', 'formally', 'largely', 'outright',
]);

const BRITISH = /(av|ab|col|hon|neighb|hum|fav|lab)our/;

/** Memoised: the same few thousand words come back in every article. */
export const stem: (word: string) => string = boundedMemo(computeStem, 50_000);

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/\.$/, '');
  if (w === 'u.s.' || w === 'u.s' || w === 'us') return 'us';
  w = w.replace(BRITISH, '$1or').replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && /(ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** The stems of a phrase's content words, in order, without repeats (memoised; callers must not mutate). */
export const contentStems: (text: string) => string[] = boundedMemo(computeContentStems, 20_000);

function computeContentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'poss' || FUNCTION_WORDS.has(t.lower)) continue;
    const s = stem(t.text);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Dice coefficient of two stem sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Stem lists are a few words long: includes() beats building a Set on every call.
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return (2 * shared) / (a.length + b.length);
}
