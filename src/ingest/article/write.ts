import { cypher } from '../../db/cypher.js';
import type { Database, Tx } from '../../db/database.js';
import type { ArticleRow, ArticleRows } from './rows.js';

/**
 * Writes an article's rows in one managed transaction (all or nothing), one parameterised UNWIND
 * query per kind. Positions are classified first: reviewed ones (CURATED, RETRACTED) and claims a
 * curated or retracted position of the same document already states are left alone; unchanged ones
 * (same content hash) are skipped, which makes re-ingesting an article change nothing. Then what an
 * earlier extraction of the same article left and this one no longer yields is removed: extracted,
 * never-reviewed positions, and the extractor-made stakeholders, terms and sources only they used
 * (cypher/article/stale-claims.cypher).
 */
export interface PositionCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** The same id exists and an editor confirmed, corrected or rejected it. */
  keptReviewed: number;
  /** A curated or retracted position states the same holder, stance and term for this document. */
  coveredByCurated: number;
  /** Extracted, never-reviewed positions of this article that this extraction no longer yields. */
  removed: number;
}

export const emptyPositionCounts = (): PositionCounts => ({ created: 0, updated: 0, unchanged: 0, keptReviewed: 0, coveredByCurated: 0, removed: 0 });

/** What re-ingesting removes (on a dry run: would remove). */
export interface StaleClaims {
  positions: string[];
  stakeholders: string[];
  terms: string[];
  sources: string[];
}

export const noStaleClaims = (): StaleClaims => ({ positions: [], stakeholders: [], terms: [], sources: [] });

type Classified = { id: string; status: string | null; contentHash: string | null; covered: boolean };

export async function classifyPositions(tx: Tx, rows: ArticleRow[]): Promise<{ counts: PositionCounts; toWrite: ArticleRow[]; written: string[] }> {
  const counts = emptyPositionCounts();
  const toWrite: ArticleRow[] = [];
  if (rows.length === 0) return { counts, toWrite, written: [] };
  const result = await tx.run<Classified>(cypher('article/classify-positions'), { rows: rows.map((r) => ({ id: r.id, holder: r.holder, term: r.term, document: r.document, props: { stance: r.props.stance } })) });
  const byId = new Map(result.records.map((r) => [r.get('id'), r.toObject() as Classified]));
  for (const row of rows) {
    const c = byId.get(row.id);
    if (c?.status === 'CURATED' || c?.status === 'RETRACTED') counts.keptReviewed++;
    else if (c?.covered) counts.coveredByCurated++;
    else if (c?.status && c.contentHash === row.props.contentHash) counts.unchanged++;
    else {
      if (c?.status) counts.updated++;
      else counts.created++;
      toWrite.push(row);
    }
  }
  return { counts, toWrite, written: toWrite.map((r) => r.id) };
}

/** Read-only: what an earlier extraction of this article left that this one does not yield. */
export async function findStaleClaims(tx: Tx, rows: ArticleRows): Promise<StaleClaims> {
  const document = rows.document[0]?.id;
  if (!document) return noStaleClaims();
  const result = await tx.run(cypher('article/stale-claims'), { document, keep: rows.positions.map((r) => r.id), keepEntities: rows.mentioned });
  const row = result.records[0]?.toObject() as StaleClaims | undefined;
  if (!row) return noStaleClaims();
  const sorted = (ids: string[]) => [...ids].sort();
  return { positions: sorted(row.positions), stakeholders: sorted(row.stakeholders), terms: sorted(row.terms), sources: sorted(row.sources) };
}

/** A dry run: what would be written and removed, with nothing written. */
export async function previewArticleRows(db: Database, rows: ArticleRows): Promise<{ counts: PositionCounts; written: string[]; removed: StaleClaims }> {
  return db.read(async (tx) => {
    const classified = await classifyPositions(tx, rows.positions);
    const removed = await findStaleClaims(tx, rows);
    return { counts: { ...classified.counts, removed: removed.positions.length }, written: classified.written, removed };
  });
}

export async function writeArticleRows(db: Database, rows: ArticleRows): Promise<{ counts: PositionCounts; written: string[]; removed: StaleClaims }> {
  return db.write(async (tx) => {
    const classified = await classifyPositions(tx, rows.positions);
    const run = async (name: string, list: ArticleRow[]) => {
      if (list.length) await tx.run(cypher(`article/${name}`), { rows: list });
    };
    await run('write-sources', rows.sources);
    await run('write-document', rows.document);
    await run('write-institutions', rows.institutions);
    await run('write-persons', rows.persons);
    await run('write-terms', rows.terms);
    await run('write-positions', classified.toWrite);
    const removed = await findStaleClaims(tx, rows);
    if (removed.positions.length) {
      await tx.run(cypher('article/remove-stale'), { positions: removed.positions, entities: [...removed.stakeholders, ...removed.terms, ...removed.sources] });
    }
    return { counts: { ...classified.counts, removed: removed.positions.length }, written: classified.written, removed };
  });
}
