import type { ArticleProblem, Link, Marker, Reference } from '../types.js';
import type { Segment } from './sentences.js';

/**
 * The citation scope rule (docs/extraction.md#citations): a marker group belongs to the sentence it
 * sits in or directly follows; a sentence without markers of its own takes the next marker group of
 * its paragraph (blank-line delimited). So "[1, 2, 3]" closing a paragraph covers the paragraph's
 * sentences since the previous group, which is how the curated dataset reads the seed; sentences after
 * the last group of a paragraph cite nothing (and fall back to the article itself as their source),
 * except in a paragraph cited only by links, where they report the last link's source.
 * Markdown links and plain URLs are citations too and follow the same rule.
 */
/**
 * The marker's numbers that are in the reference list; a problem for each one that is not. A
 * module-level function, not a closure per marker: assignCitations runs once per article, and V8
 * recompiled its inlined closures for every article.
 */
function validNumbers(marker: Marker, known: ReadonlySet<number>, references: readonly Reference[], problems: ArticleProblem[]): number[] {
  const valid: number[] = [];
  for (const n of marker.numbers) {
    if (known.has(n)) {
      valid.push(n);
      continue;
    }
    problems.push({
      line: marker.line,
      column: marker.column,
      severity: 'warning',
      message:
        references.length === 0
          ? `citation marker [${n}] but the article has no reference list; the marker is ignored and no source is invented`
          : `citation marker [${n}] points to no entry of the reference list (which has ${references.length}); it is ignored and no source is invented`,
    });
  }
  return valid;
}

const byStart = (a: Link, b: Link) => a.start - b.start;
const ascending = (a: number, b: number) => a - b;

/** Each number once, in ascending order. */
function distinctSorted(numbers: readonly number[]): number[] {
  return [...new Set(numbers)].sort(ascending);
}

export function assignCitations(
  segments: readonly Segment[],
  markers: readonly Marker[],
  links: readonly Link[],
  references: readonly Reference[],
): { citations: number[][]; links: string[][]; problems: ArticleProblem[] } {
  const own: number[][] = segments.map(() => []);
  const problems: ArticleProblem[] = [];
  const known = new Set(references.map((r) => r.number));
  let k = 0;
  for (const marker of markers) {
    while (k + 1 < segments.length && segments[k + 1]!.start <= marker.start) k++;
    const valid = validNumbers(marker, known, references, problems);
    if (segments.length) own[k]!.push(...valid);
  }

  // Links count like markers: the sentence they sit in (or directly follow), and the paragraph before it.
  const ownLinks: string[][] = segments.map(() => []);
  let j = 0;
  for (const link of [...links].sort(byStart)) {
    while (j + 1 < segments.length && segments[j + 1]!.start <= link.start) j++;
    if (segments.length && !ownLinks[j]!.includes(link.url)) ownLinks[j]!.push(link.url);
  }

  const citations: number[][] = segments.map(() => []);
  const sentenceLinks: string[][] = segments.map(() => []);
  let pending: { numbers: number[]; links: string[] } = { numbers: [], links: [] };
  for (let i = segments.length - 1; i >= 0; i--) {
    if (i === segments.length - 1 || segments[i + 1]!.paragraph !== segments[i]!.paragraph) pending = { numbers: [], links: [] };
    if (own[i]!.length || ownLinks[i]!.length) pending = { numbers: distinctSorted(own[i]!), links: ownLinks[i]! };
    citations[i] = pending.numbers;
    sentenceLinks[i] = pending.links;
  }
  // "A report by X, published [on its website](…), found … The group also recommends …": in a paragraph
  // cited only by links, the sentences after the last link report the same source.
  const marked = new Set<number>();
  for (let q = 0; q < segments.length; q++) if (own[q]!.length) marked.add(segments[q]!.paragraph);
  for (let i = 1; i < segments.length; i++) {
    if (segments[i]!.paragraph !== segments[i - 1]!.paragraph || citations[i]!.length || sentenceLinks[i]!.length) continue;
    if (sentenceLinks[i - 1]!.length && citations[i - 1]!.length === 0 && !marked.has(segments[i]!.paragraph)) sentenceLinks[i] = sentenceLinks[i - 1]!;
  }
  return { citations, links: sentenceLinks, problems };
}
