import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { ingestArticle, ingestArticleFile } from '../../../src/ingest/article/ingest-article.js';
import { confirmClaim, rejectClaim } from '../../../src/ingest/article/review.js';
import { ingestDatasets } from '../../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../../src/paths.js';
import { cleanGraph, countNodes, testDatabase } from '../../helpers/db.js';
import { graphFingerprint } from '../../helpers/graph-fingerprint.js';
import { article, seedFile, seedText } from './fixtures.js';

const POSITIONS = `
  MATCH (h:Stakeholder)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term), (p)-[:REPORTED_IN]->(d:Document)
  RETURN p {.*} AS p, h.id AS holder, t.id AS term, d.id AS document, [(p)-[:CITES]->(s:Source) | s.url] AS urls
  ORDER BY p.id`;
type Row = { p: Record<string, unknown>; holder: string; term: string; document: string; urls: string[] };

describe('ingesting an article into the graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await cleanGraph(db);
  });
  afterAll(async () => {
    await cleanGraph(db);
    await db.close();
  });

  it('writes the seed as extracted claims, each with its evidence offsets, date and sources', async () => {
    const report = await ingestArticleFile(db, seedFile);
    expect(report.positions.extracted).toBeGreaterThanOrEqual(14);
    expect(report.positions.created).toBe(report.positions.extracted);
    const rows = await db.query<Row>(POSITIONS);
    expect(rows).toHaveLength(report.positions.extracted);
    for (const { p, urls, document } of rows) {
      expect(p.status).toBe('EXTRACTED');
      expect(seedText.slice(p.evidenceStart as number, p.evidenceEnd as number)).toBe(p.quote);
      expect(p.date).toBe('2025-12-08');
      expect(urls.length).toBeGreaterThan(0);
      expect(document).toBe(report.documentId);
    }
    const last = rows.find((r) => r.holder === 'inst:russia' && r.p.stance === 'PROPOSED')!;
    expect(last.urls.sort()).toEqual(['https://reflector.com/news/national/…', 'https://thestar.com/news/world/europ…']);
    const cites = await db.query<{ n: number; id: string }>('MATCH (:Document {id: $id})-[c:CITES]->(s:Source) RETURN c.number AS n, s.id AS id ORDER BY n', { id: report.documentId });
    expect(cites.map((c) => c.n)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(cites[0]!.id).toBe('src:russiamatters-news-russi');
    const [kremlin] = await db.query<{ labels: string[]; origin: string; partOf: string[] }>(
      'MATCH (k:Entity {id: "inst:kremlin"}) RETURN labels(k) AS labels, k.origin AS origin, [(k)-[:PART_OF]->(r) | r.id] AS partOf');
    expect(kremlin).toMatchObject({ origin: 'EXTRACTED' });
    expect(kremlin!.labels).toEqual(expect.arrayContaining(['Stakeholder', 'Institution']));
  });

  it('changes nothing when the same article is ingested again', async () => {
    const before = await graphFingerprint(db);
    const report = await ingestArticleFile(db, seedFile);
    expect(report.positions).toMatchObject({ created: 0, updated: 0, unchanged: report.positions.extracted });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('resolves the seed to the curated nodes and leaves the curated dataset exactly as it was', async () => {
    await cleanGraph(db);
    await ingestDatasets(db, [exampleDataset]);
    const before = await graphFingerprint(db);
    const report = await ingestArticleFile(db, seedFile);
    expect(report.documentId).toBe('doc:novakhov-2025-12-08-nss-ukraine-peace-talks');
    expect(report.created).toEqual({ stakeholders: [], terms: [], sources: [] });
    // Every claim the rules find in the seed is one the curator recorded: none is duplicated.
    expect(report.positions.coveredByCurated).toBe(report.positions.extracted);
    expect(report.positions.created).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('never touches a claim an editor confirmed or rejected, when the article comes again', async () => {
    await cleanGraph(db);
    const text = article('eu-us-steel-digital-tax-talks.md');
    const first = await ingestArticle(db, { text });
    const [a, b] = first.positionIds;
    await confirmClaim(db, a!, 'editor@example.org');
    await rejectClaim(db, b!, 'editor@example.org', 'misread');
    const reviewed = async () => db.query('MATCH (p:Position) WHERE p.id IN $ids RETURN p {.*} AS p ORDER BY p.id', { ids: [a, b] });
    const before = await reviewed();
    const again = await ingestArticle(db, { text });
    expect(again.positions.keptReviewed).toBe(2);
    expect(again.positions.created).toBe(0);
    expect(await reviewed()).toEqual(before);
  });

  it('makes the same term from two articles one node', async () => {
    await cleanGraph(db);
    await ingestArticle(db, { text: 'First report\nDate: 2026-01-05\n\nIran proposed a temporary cap on uranium enrichment. [1]\n\n[1] https://one.example/a\n' });
    await ingestArticle(db, { text: 'Second report\nDate: 2026-01-09\n\nFrance welcomed the temporary caps on uranium enrichment. [1]\n\n[1] https://two.example/b\n' });
    const rows = await db.query<{ term: string; holders: string[] }>('MATCH (h)-[:HOLDS]->(:Position)-[:ON_TERM]->(t:Term) RETURN t.id AS term, collect(h.id) AS holders');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.holders.sort()).toEqual(['inst:france', 'inst:iran']);
  });

  it('writes nothing on a dry run, and says what it would write', async () => {
    await cleanGraph(db);
    const report = await ingestArticle(db, { text: seedText, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.positions.created).toBe(report.positions.extracted);
    expect(await countNodes(db)).toBe(0);
  });
});
