import { cypher } from '../../db/cypher.js';
import type { Database, Tx } from '../../db/database.js';
import type { ArticleRow, ArticleRows } from './rows.js';

/**
 * Writes an article's rows in one managed transaction (all or nothing), one parameterised UNWIND
 * query per kind. Positions are classified first: reviewed ones (CURATED, RETRACTED) and claims a
 * curated or retracted position of the same document already states are left alone; unchanged ones
 * (same content hash) are skipped, which makes re-ingesting an article change nothing.
 */
export interface PositionCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** The same id exists and an editor confirmed, corrected or rejected it. */
  keptReviewed: number;
  /** A curated or retracted position states the same holder, stance and term for this document. */
  coveredByCurated: number;
}

export const emptyPositionCounts = (): PositionCounts => ({ created: 0, updated: 0, unchanged: 0, keptReviewed: 0, coveredByCurated: 0 });

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

export async function writeArticleRows(db: Database, rows: ArticleRows): Promise<{ counts: PositionCounts; written: string[] }> {
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
    return { counts: classified.counts, written: classified.written };
  });
}
