import { hash, slugify } from './text/ids.js';

/**
 * Stable source ids from URLs: host without "www." and its top-level domain, then the path, as a
 * slug: "russiamatters.org/news/russi…" → src:russiamatters-news-russi, which is also the curated
 * example's id. The graph is asked first (by URL) at ingest, so an existing source keeps its id.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'gov', 'ac', 'net', 'edu']);

export function sourceIdForUrl(url: string): string {
  let host = '';
  let path = '';
  try {
    const u = new URL(url.replace(/…$/, ''));
    host = u.hostname;
    path = decodeURIComponent(u.pathname);
  } catch {
    return `src:url-${hash(url, 12).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
  }
  const labels = host.replace(/^www\./, '').split('.');
  if (labels.length > 1) labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!) && url.match(/\.[a-z]{2}(?:[/:]|$)/)) labels.pop();
  const slug = slugify(`${labels.join(' ')} ${path.replace(/…$/, '')}`, 60);
  return `src:${slug || hash(url, 12).toLowerCase()}`;
}

/** A source standing for the article itself, when a sentence cites nothing. */
export function articleSourceId(url: string | undefined, contentHash: string): { id: string; url: string } {
  if (url) return { id: sourceIdForUrl(url), url };
  const h = contentHash.toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 16);
  return { id: `src:article-${h}`, url: `urn:stancegraph:article:${contentHash}` };
}

export function documentIdFor(url: string | undefined, title: string, date: string | undefined): string {
  if (url) return `doc:${sourceIdForUrl(url).slice(4)}`;
  return `doc:${slugify(`${title} ${date ?? ''}`, 80) || hash(title, 12).toLowerCase()}`;
}
