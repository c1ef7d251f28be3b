import type { ArticleProblem, Reference } from '../types.js';
import type { Line } from './lines.js';

/**
 * The numbered reference list at the end of an article. Accepted forms, one entry per line:
 *   [1] russiamatters.org/news/russi…          (bare domain, cut short with …)
 *   [2]: https://example.org/a  |  - [3] [Title](https://…)  |  4. Publisher, "Title", https://…
 * The "4." form counts only under a References/Sources heading or when every entry has a URL, so
 * a numbered list inside the body is never mistaken for references.
 */
const BRACKET = /^\s*(?:[-*+]\s+)?\[(\d{1,4})\]:?\s+(\S.*?)\s*$/;
const NUMBERED = /^\s*(\d{1,4})[.)]\s+(\S.*?)\s*$/;
const HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:references|sources|notes|links|citations|footnotes|bibliography)(?:\*\*)?\s*:?\s*$/i;
const MD_LINK = /\[([^\]]+)\]\(([^)\s]+)\)/;
const HTTP = /https?:\/\/[^\s<>"“”]+/i;
const BARE = /(?:^|[\s(<])((?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>"“”]*)?)/i;
/** Lines after the list that may still belong to the article (byline, "Categories"). */
const MAX_TRAILER_LINES = 5;

export interface ReferenceBlock {
  references: Reference[];
  /** Index (in `lines`) of the first line that is no longer body: the heading or first entry. */
  firstLine: number;
  trailer: Line[];
  problems: ArticleProblem[];
}

type Entry = { number: number; body: string; numbered: boolean };

function entry(line: Line): Entry | undefined {
  const b = BRACKET.exec(line.text);
  if (b) return { number: Number(b[1]), body: b[2]!, numbered: false };
  const n = NUMBERED.exec(line.text);
  if (n && (HTTP.test(n[2]!) || BARE.test(n[2]!))) return { number: Number(n[1]), body: n[2]!, numbered: true };
  return undefined;
}

export function findReferenceBlock(lines: readonly Line[], bodyStartLine: number): ReferenceBlock | undefined {
  let last = -1;
  let trailing = 0;
  for (let i = lines.length - 1; i >= bodyStartLine; i--) {
    if (entry(lines[i]!)) {
      last = i;
      break;
    }
    if (lines[i]!.text.trim() === '') continue;
    if (++trailing > MAX_TRAILER_LINES || lines[i]!.text.length > 200) return undefined;
  }
  if (last < 0) return undefined;
  let first = last;
  for (let i = last - 1; i >= bodyStartLine; i--) {
    if (lines[i]!.text.trim() === '') continue;
    if (!entry(lines[i]!)) break;
    first = i;
  }
  let headingLine = first;
  for (let i = first - 1; i >= bodyStartLine; i--) {
    if (lines[i]!.text.trim() === '') continue;
    if (HEADING.test(lines[i]!.text)) headingLine = i;
    break;
  }
  const entries = lines.slice(first, last + 1).map((l) => [l, entry(l)] as const).filter((e): e is [Line, Entry] => e[1] !== undefined);
  // A bare numbered list is references only under a heading (every entry has a URL by construction).
  if (entries.some(([, e]) => e.numbered) && headingLine === first && entries.length < 2) return undefined;

  const problems: ArticleProblem[] = [];
  const references: Reference[] = [];
  for (const [line, e] of entries) {
    if (references.some((r) => r.number === e.number)) {
      problems.push({ line: line.number, severity: 'warning', message: `reference [${e.number}] is listed twice; the first entry is used` });
      continue;
    }
    const parsed = parseEntry(e.body);
    if (!parsed.url) {
      problems.push({ line: line.number, severity: 'warning', message: `reference [${e.number}] has no URL; it is kept as a source identified by its text` });
    }
    references.push({ number: e.number, url: parsed.url ?? '', line: line.number, ...(parsed.title ? { title: parsed.title } : {}), ...(parsed.publisher ? { publisher: parsed.publisher } : {}) });
  }
  return { references, firstLine: headingLine, trailer: lines.slice(last + 1), problems };
}

/** URL, title and publisher of one entry. Text after the URL is ignored (the seed glues junk there). */
export function parseEntry(body: string): { url?: string; title?: string; publisher?: string } {
  const link = MD_LINK.exec(body);
  if (link) {
    const [publisher, title] = splitPublisher(link[1]!.trim());
    return { url: normaliseUrl(link[2]!), ...(title ? { title } : {}), ...(publisher ? { publisher } : {}) };
  }
  const http = HTTP.exec(body);
  const bare = http ? undefined : BARE.exec(body);
  const raw = http?.[0] ?? bare?.[1];
  if (!raw) return { title: clean(body) };
  const before = clean(body.slice(0, http ? http.index : bare!.index + bare![0].indexOf(raw)));
  const quoted = /["“]([^"”]+)["”]/.exec(before);
  const publisher = clean(quoted ? before.slice(0, quoted.index) : '');
  const title = quoted ? quoted[1]!.trim() : before;
  return { url: normaliseUrl(raw), ...(title ? { title } : {}), ...(publisher ? { publisher } : {}) };
}

function splitPublisher(text: string): [string | undefined, string] {
  const m = /^(.+?)\s+[—–-]\s+(.+)$/.exec(text);
  return m ? [m[1]!.trim(), m[2]!.trim()] : [undefined, text];
}

const clean = (s: string) => s.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');

/** Adds https:// to bare domains, lower-cases the host, cuts at an ellipsis (kept), drops trailing punctuation. */
export function normaliseUrl(raw: string): string {
  let url = raw;
  const ellipsis = url.search(/…|\.\.\./);
  if (ellipsis >= 0) url = url.slice(0, ellipsis) + '…';
  else url = url.replace(/[.,;:)\]'"”’]+$/, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `https://${url}`;
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]+)/i, (_, scheme: string, host: string) => scheme.toLowerCase() + host.toLowerCase());
}
