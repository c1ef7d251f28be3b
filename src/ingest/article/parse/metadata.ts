import { parse as parseYaml } from 'yaml';
import type { ArticleMeta, ArticleProblem } from '../types.js';
import { findDates, firstDate } from './dates.js';
import type { Line } from './lines.js';

/**
 * Title, date, author and URL, in this order of trust: Markdown front matter; a `Date:`/`URL:` line
 * or a byline just under the title; a byline after the reference list ("— Name (@handle) Dec 8,
 * 2025"); and for the date only, "as of <date>" in the body. Lines read as metadata are not body.
 */
export interface Metadata {
  meta: ArticleMeta;
  /** Indexes (into `lines`) of lines that are metadata, not prose. */
  consumed: Set<number>;
  bodyStartLine: number;
  problems: ArticleProblem[];
}

const FIELD = /^\s*(date|published|updated|url|link|source|author|by)\s*:\s*(.+?)\s*$/i;
const BYLINE_AUTHOR = /\bby\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/iu;
const TRAILER_AUTHOR = /^\s*[—–-]+\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;

export function readMetadata(lines: readonly Line[], trailer: readonly Line[], bodyText: (from: number) => string): Metadata {
  const meta: ArticleMeta = {};
  const consumed = new Set<number>();
  const problems: ArticleProblem[] = [];
  let i = 0;

  if (lines[0]?.text.trim() === '---') {
    const close = lines.findIndex((l, j) => j > 0 && j < 200 && l.text.trim() === '---');
    if (close > 0) {
      frontMatter(lines.slice(1, close).map((l) => l.text).join('\n'), meta, problems);
      for (let j = 0; j <= close; j++) consumed.add(j);
      i = close + 1;
    }
  }
  while (i < lines.length && lines[i]!.text.trim() === '') i++;

  if (i < lines.length && !meta.title) {
    const first = lines[i]!.text.trim();
    const heading = /^#{1,6}\s+/.test(first);
    if (heading || (first.length <= 200 && !/[.!?]["”’)]?$/.test(first))) {
      meta.title = cleanTitle(first);
      consumed.add(i++);
    }
  } else if (i < lines.length && /^#{1,6}\s+/.test(lines[i]!.text)) {
    consumed.add(i++); // the Markdown title repeats the front matter's
  }

  // Up to four lines under the title may be a Date:/URL: line or a byline.
  for (let seen = 0; i < lines.length && seen < 4; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    seen++;
    const field = FIELD.exec(text);
    const dates = findDates(text);
    if (field) {
      const key = field[1]!.toLowerCase();
      const value = field[2]!.replace(/^[*_]+|[*_]+$/g, '');
      if (['date', 'published', 'updated'].includes(key)) meta.date ??= firstDate(value);
      else if (['url', 'link', 'source'].includes(key) && /^https?:\/\//.test(value)) meta.url ??= value;
      else meta.author ??= value;
    } else if (dates.length && text.length <= 150 && (/^[*_]*by\s/i.test(text) || /[·|•]/.test(text) || text.replace(/[*_·|,\s]/g, '').length - dates[0]!.length < 40)) {
      meta.date ??= dates[0]!.value;
      const author = BYLINE_AUTHOR.exec(text);
      if (author) meta.author ??= author[1]!.trim();
    } else {
      break;
    }
    consumed.add(i);
  }

  for (const line of trailer) {
    const author = TRAILER_AUTHOR.exec(line.text);
    const date = firstDate(line.text);
    if (author && date) {
      meta.author ??= author[1]!.trim();
      meta.date ??= date;
    }
  }

  const bodyStartLine = Math.min(i, lines.length);
  if (!meta.date) {
    const body = bodyText(lines[bodyStartLine]?.start ?? 0);
    const asOf = /\bas of\s+/i.exec(body);
    if (asOf) meta.date = firstDate(body.slice(asOf.index, asOf.index + 40));
  }
  if (!meta.date) {
    problems.push({
      severity: 'warning',
      message: 'no publication date found (front matter `date:`, a `Date:` line, a dated byline, or "as of <date>"); positions are stored undated',
    });
  }
  return { meta, consumed, bodyStartLine, problems };
}

function frontMatter(source: string, meta: ArticleMeta, problems: ArticleProblem[]): void {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    problems.push({ line: 2, severity: 'warning', message: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); it is ignored` });
    return;
  }
  if (!data || typeof data !== 'object') return;
  const fm = data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : undefined);
  const title = str(fm.title);
  if (title) meta.title = cleanTitle(title);
  const date = str(fm.date) ?? str(fm.published);
  if (date) {
    meta.date = /^\d{4}(-\d{2}){0,2}$/.test(date) ? date : firstDate(date);
    if (!meta.date) problems.push({ line: 2, severity: 'warning', message: `front matter date ${JSON.stringify(date)} is not a date` });
  }
  const author = str(fm.author);
  if (author) meta.author = author;
  const url = str(fm.url) ?? str(fm.link);
  if (url) meta.url = url;
  const publisher = str(fm.publisher);
  if (publisher) meta.publisher = publisher;
}

function cleanTitle(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/\s*[–—:-]+\s*$/, '')
    .trim();
}
