import type { ArticleProblem, Link, Marker, Reference } from '../types.js';
import type { Segment } from './sentences.js';

/**
 * The citation scope rule (docs/extraction.md#citations): a marker group belongs to the sentence it
 * sits in or directly follows; a sentence without markers of its own takes the next marker group of
 * its paragraph (blank-line delimited). So "[1, 2, 3]" closing a paragraph covers the paragraph's
 * sentences since the previous group, which is how the curated dataset reads the seed; sentences after
 * the last group of a paragraph cite nothing (and fall back to the article itself as their source).
 * Markdown links and plain URLs are citations too and follow the same rule.
 */
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
    const valid = marker.numbers.filter((n) => {
      if (known.has(n)) return true;
      problems.push({
        line: marker.line,
        column: marker.column,
        severity: 'warning',
        message:
          references.length === 0
            ? `citation marker [${n}] but the article has no reference list; the marker is ignored and no source is invented`
            : `citation marker [${n}] points to no entry of the reference list (which has ${references.length}); it is ignored and no source is invented`,
      });
      return false;
    });
    if (segments.length) own[k]!.push(...valid);
  }

  // Links count like markers: the sentence they sit in (or directly follow), and the paragraph before it.
  const ownLinks: string[][] = segments.map(() => []);
  let j = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    while (j + 1 < segments.length && segments[j + 1]!.start <= link.start) j++;
    if (segments.length && !ownLinks[j]!.includes(link.url)) ownLinks[j]!.push(link.url);
  }

  const citations: number[][] = segments.map(() => []);
  const sentenceLinks: string[][] = segments.map(() => []);
  let pending: { numbers: number[]; links: string[] } = { numbers: [], links: [] };
  for (let i = segments.length - 1; i >= 0; i--) {
    if (i === segments.length - 1 || segments[i + 1]!.paragraph !== segments[i]!.paragraph) pending = { numbers: [], links: [] };
    if (own[i]!.length || ownLinks[i]!.length) pending = { numbers: [...new Set(own[i]!)].sort((a, b) => a - b), links: ownLinks[i]! };
    citations[i] = pending.numbers;
    sentenceLinks[i] = pending.links;
  }
  return { citations, links: sentenceLinks, problems };
}
