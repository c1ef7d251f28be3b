import type { ArticleProblem, ParsedArticle, Sentence } from './types.js';
import { assignCitations } from './parse/citations.js';
import { splitLines } from './parse/lines.js';
import { mask } from './parse/mask.js';
import { readMetadata } from './parse/metadata.js';
import { findReferenceBlock } from './parse/references.js';
import { splitSentences } from './parse/sentences.js';

/**
 * Parses an article (plain text or Markdown) into metadata, sentences with offsets and citations,
 * and its reference list. Pure; never throws on content: what is wrong is reported in `problems`.
 */
export function parseArticle(text: string): ParsedArticle {
  const problems: ArticleProblem[] = [];
  if (text.trim() === '') {
    return { text, analysis: text, meta: {}, sentences: [], references: [], problems: [{ severity: 'error', message: 'article is empty' }] };
  }
  if (text.includes('\u0000')) {
    return { text, analysis: text, meta: {}, sentences: [], references: [], problems: [{ severity: 'error', message: 'article is binary, not text' }] };
  }
  const lines = splitLines(text);
  const block = findReferenceBlock(lines, 0);
  const bodyEnd = block?.firstLine ?? lines.length;
  const metadata = readMetadata(lines, block?.trailer ?? [], (from) => text.slice(from, lines[bodyEnd - 1]?.end ?? text.length));
  const bodyStart = metadata.bodyStartLine;
  problems.push(...metadata.problems, ...(block?.problems ?? []));

  const isBody = (i: number) => i >= bodyStart && i < bodyEnd && !metadata.consumed.has(i);
  const masked = mask(text, lines, isBody);
  const segments = splitSentences(masked.analysis, lines, bodyStart, bodyEnd, masked.blockLines);
  const references = block?.references ?? [];
  const cited = assignCitations(segments, masked.markers, masked.links, references);
  problems.push(...cited.problems);

  const sentences: Sentence[] = segments.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    paragraph: s.paragraph,
    line: s.line,
    heading: s.heading,
    citations: cited.citations[index]!,
    links: cited.links[index]!,
  }));
  if (sentences.length === 0) problems.push({ severity: 'error', message: 'article has no prose to extract from (only metadata or references)' });
  if (references.length === 0 && masked.markers.length === 0) {
    problems.push({ severity: 'warning', message: 'article has no reference list; positions cite the article itself' });
  }
  const meta = { ...metadata.meta };
  if (!meta.title && sentences.length) meta.title = truncate(sentences[0]!.text, 80);
  return { text, analysis: masked.analysis, meta, sentences, references, problems };
}

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…`);
