import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { Extraction } from './schema.js';
import { hash } from './text/ids.js';
import type { KnownStakeholder, KnownTerm } from './types.js';

/** What the graph knows that the extractor resolves against, loaded with one query. */
export async function loadKnown(db: Database): Promise<{ stakeholders: KnownStakeholder[]; terms: KnownTerm[] }> {
  const [row] = await db.query<{ stakeholders: KnownStakeholder[]; terms: KnownTerm[] }>(cypher('article/known-entities'));
  return { stakeholders: row?.stakeholders ?? [], terms: row?.terms ?? [] };
}

/**
 * Points the extraction at what the graph already holds: the article's existing Document (same URL,
 * or same title and date, as for the curated seed article), and existing Sources by URL. A source
 * id the graph uses for a different URL gets a suffix. Returns the ids that already exist.
 */
export async function alignWithGraph(db: Database, x: Extraction): Promise<{ extraction: Extraction; existing: Set<string> }> {
  const ids = [x.article.id, ...x.sources.map((s) => s.id), ...x.stakeholders.map((s) => s.id), ...x.terms.map((t) => t.id)];
  const [row] = await db.query<{ documentId: string | null; sourcesByUrl: { url: string; id: string | null }[]; existing: { id: string; url: string | null }[] }>(
    cypher('article/existing'),
    { url: x.article.url ?? null, title: x.article.title, date: x.article.date ?? null, urls: x.sources.map((s) => s.url), ids },
  );
  const byUrl = new Map((row?.sourcesByUrl ?? []).filter((s) => s.id).map((s) => [s.url, s.id!]));
  const existingUrl = new Map((row?.existing ?? []).map((e) => [e.id, e.url]));
  const remap = new Map<string, string>();
  const sources = x.sources.map((s) => {
    let id = byUrl.get(s.url) ?? s.id;
    if (!byUrl.has(s.url) && existingUrl.has(id) && existingUrl.get(id) !== s.url) id = `${id}-${hash(s.url, 6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
    remap.set(s.id, id);
    return { ...s, id };
  });
  const documentId = row?.documentId ?? x.article.id;
  const extraction: Extraction = {
    ...x,
    article: { ...x.article, id: documentId },
    sources,
    positions: x.positions.map((p) => ({ ...p, sourceIds: [...new Set(p.sourceIds.map((s) => remap.get(s) ?? s))] })),
  };
  const existing = new Set([...existingUrl.keys(), ...byUrl.values(), ...(row?.documentId ? [row.documentId] : [])]);
  return { extraction, existing };
}
