import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/auth/api-keys.js';
import { ingestArticle, ingestArticleFile, summarizeArticle } from '../../../src/ingest/article/ingest-article.js';
import { confirmPosition, correctPosition, retractPosition } from '../../../src/edit/positions.js';
import { ingestDatasets } from '../../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../../src/paths.js';
import { dataOf, startApi } from '../../helpers/api.js';
import { cleanGraph, countNodes, useCleanGraph } from '../../helpers/db.js';
import { graphFingerprint } from '../../helpers/graph-fingerprint.js';
import { article, seedFile, seedText } from './fixtures.js';

const POSITIONS = `
  MATCH (h:Stakeholder)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term), (p)-[:REPORTED_IN]->(d:Document)
  RETURN p {.*} AS p, h.id AS holder, t.id AS term, d.id AS document, [(p)-[:CITES]->(s:Source) | s.url] AS urls
  ORDER BY p.id`;
type Row = { p: Record<string, unknown>; holder: string; term: string; document: string; urls: string[] };

describe('ingesting an article into the graph', () => {
  const db = useCleanGraph();

  it('writes the seed as extracted claims, each with its evidence offsets, date and sources', async () => {
    const report = await ingestArticleFile(db(), seedFile);
    expect(report.positions.extracted).toBeGreaterThanOrEqual(14);
    expect(report.positions.created).toBe(report.positions.extracted);
    const rows = await db().query<Row>(POSITIONS);
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
    const cites = await db().query<{ n: number; id: string }>('MATCH (:Document {id: $id})-[c:CITES]->(s:Source) RETURN c.number AS n, s.id AS id ORDER BY n', { id: report.documentId });
    expect(cites.map((c) => c.n)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(cites[0]!.id).toBe('src:russiamatters-news-russi');
    const [kremlin] = await db().query<{ labels: string[]; origin: string; partOf: string[] }>(
      'MATCH (k:Entity {id: "inst:kremlin"}) RETURN labels(k) AS labels, k.origin AS origin, [(k)-[:PART_OF]->(r) | r.id] AS partOf');
    expect(kremlin).toMatchObject({ origin: 'EXTRACTED' });
    expect(kremlin!.labels).toEqual(expect.arrayContaining(['Stakeholder', 'Institution']));
  });

  it('changes nothing when the same article is ingested again', async () => {
    const before = await graphFingerprint(db());
    const report = await ingestArticleFile(db(), seedFile);
    expect(report.positions).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: report.positions.extracted });
    expect(report.removed).toEqual({ positions: [], stakeholders: [], terms: [], sources: [] });
    expect(summarizeArticle(report)).toMatch(/no changes: 0 new, 0 updated, \d+ unchanged, .* 0 removed \(no longer extracted\)/);
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('resolves the seed to the curated nodes and leaves the curated dataset exactly as it was', async () => {
    await cleanGraph(db());
    await ingestDatasets(db(), [exampleDataset]);
    const before = await graphFingerprint(db());
    const report = await ingestArticleFile(db(), seedFile);
    expect(report.documentId).toBe('doc:novakhov-2025-12-08-nss-ukraine-peace-talks');
    expect(report.created).toEqual({ stakeholders: [], terms: [], sources: [] });
    // Every claim the rules find in the seed is one the curator recorded: none is duplicated.
    expect(report.positions.coveredByCurated).toBe(report.positions.extracted);
    expect(report.positions.created).toBe(0);
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('never touches a claim an editor confirmed or rejected, when the article comes again', async () => {
    await cleanGraph(db());
    const text = article('eu-us-steel-digital-tax-talks.md');
    const first = await ingestArticle(db(), { text });
    const [a, b] = first.positionIds;
    await confirmPosition(db(), a!, 'editor@example.org');
    await retractPosition(db(), b!, 'editor@example.org', 'misread');
    const reviewed = async () => db().query('MATCH (p:Position) WHERE p.id IN $ids RETURN p {.*} AS p ORDER BY p.id', { ids: [a, b] });
    const before = await reviewed();
    const again = await ingestArticle(db(), { text });
    expect(again.positions.keptReviewed).toBe(2);
    expect(again.positions.created).toBe(0);
    expect(await reviewed()).toEqual(before);
  });

  it('makes the same term from two articles one node', async () => {
    await cleanGraph(db());
    await ingestArticle(db(), { text: 'First report\nDate: 2026-01-05\n\nIran proposed a temporary cap on uranium enrichment. [1]\n\n[1] https://one.example/a\n' });
    await ingestArticle(db(), { text: 'Second report\nDate: 2026-01-09\n\nFrance welcomed the temporary caps on uranium enrichment. [1]\n\n[1] https://two.example/b\n' });
    const rows = await db().query<{ term: string; holders: string[] }>('MATCH (h)-[:HOLDS]->(:Position)-[:ON_TERM]->(t:Term) RETURN t.id AS term, collect(h.id) AS holders');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.holders.sort()).toEqual(['inst:france', 'inst:iran']);
  });

  it('writes nothing on a dry run, and says what it would write', async () => {
    await cleanGraph(db());
    const report = await ingestArticle(db(), { text: seedText, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.positions.created).toBe(report.positions.extracted);
    expect(await countNodes(db())).toBe(0);
  });
});

/**
 * The same article (same Document) ingested again after its text, or the extractor, changed: claims the
 * earlier run extracted and this one no longer yields go, unless an editor has reviewed them.
 */
describe('re-ingesting a changed article', () => {
  const db = useCleanGraph();
  const v1 = 'Harbour talks\nDate: 2026-04-02\n\nThe Great Lakes Nurses Union rejected the latest wage offer on Tuesday. [1]\n\nLakeshore Health System proposed a pay freeze. [1]\n\n[1] https://news.example/one\n';
  const v2 = 'Harbour talks\nDate: 2026-04-02\n\nThe Great Lakes Nurses Union rejected the latest wage offer on Tuesday. [1]\n\nThe talks resume next week. [1]\n\n[1] https://news.example/one\n';
  const positions = async () => db().query<{ id: string; status: string; holder: string; term: string }>(
    'MATCH (h)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t) RETURN p.id AS id, p.status AS status, h.id AS holder, t.id AS term ORDER BY holder, id');
  const exists = async (id: string) => (await db().query<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }))[0]!.n === 1;

  afterAll(async () => {
    await db().runAutoCommit('MATCH (n) WHERE n:ApiKey OR n:Revision DETACH DELETE n');
  });

  it('removes the claims the new text no longer yields, and what only they used, in the same write', async () => {
    await cleanGraph(db());
    const first = await ingestArticle(db(), { text: v1 });
    expect(first.positions).toMatchObject({ created: 2, removed: 0 });
    const dry = await ingestArticle(db(), { text: v2, dryRun: true });
    expect(dry.positions).toMatchObject({ created: 1, removed: 2 });
    expect(dry.removed.positions).toEqual([...first.positionIds].sort());
    expect(await positions()).toHaveLength(2);

    const second = await ingestArticle(db(), { text: v2 });
    expect(second.documentId).toBe(first.documentId);
    expect(second.positions).toMatchObject({ extracted: 1, created: 1, removed: 2 });
    expect(second.removed).toEqual({ positions: [...first.positionIds].sort(), stakeholders: ['inst:lakeshore-health-system'], terms: ['term:pay-freeze'], sources: [] });
    expect(summarizeArticle(second)).toMatch(/2 removed \(no longer extracted\).*removed with them: stakeholders 1, terms 1, sources 0/);
    expect(await positions()).toEqual([{ id: second.positionIds[0], status: 'EXTRACTED', holder: 'inst:great-lakes-nurses-union', term: 'term:latest-wage-offer' }]);
    expect(await exists('inst:lakeshore-health-system')).toBe(false);
    expect(await exists('term:pay-freeze')).toBe(false);
    expect(await exists('src:news-one')).toBe(true);

    const before = await graphFingerprint(db());
    const third = await ingestArticle(db(), { text: v2 });
    expect(third.positions).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 1 });
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('keeps claims an editor confirmed, corrected or retracted, and what they use', async () => {
    await cleanGraph(db());
    await ingestArticle(db(), { text: v1 });
    const [union, lakeshore] = (await positions()).map((p) => p.id);
    await confirmPosition(db(), union!, 'editor@example.org');
    await correctPosition(db(), lakeshore!, { confidence: 0.5 }, 'editor@example.org');
    const second = await ingestArticle(db(), { text: v2 });
    expect(second.positions).toMatchObject({ removed: 0, coveredByCurated: 1, created: 0 });
    expect((await positions()).map((p) => [p.id, p.status])).toEqual([[union, 'CURATED'], [lakeshore, 'CURATED']]);
    expect(await exists('term:pay-freeze')).toBe(true);

    await cleanGraph(db());
    await ingestArticle(db(), { text: v1 });
    const [, retracted] = (await positions()).map((p) => p.id);
    await retractPosition(db(), retracted!, 'editor@example.org', 'misread');
    const third = await ingestArticle(db(), { text: v2 });
    expect(third.positions.removed).toBe(1);
    expect((await positions()).find((p) => p.id === retracted)).toMatchObject({ status: 'RETRACTED', holder: 'inst:lakeshore-health-system' });
  });

  it('leaves other articles, curated data, and stakeholders and terms they use, alone', async () => {
    await cleanGraph(db());
    await ingestDatasets(db(), [exampleDataset]);
    const other = await ingestArticle(db(), { text: 'Clinic report\nDate: 2026-04-09\n\nLakeshore Health System proposed a pay freeze again. [1]\n\n[1] https://news.example/two\n' });
    await ingestArticle(db(), { text: v1 });
    const curated = await db().query('MATCH (p:Position) WHERE p.extractor IS NULL RETURN p.id AS id ORDER BY id');
    const second = await ingestArticle(db(), { text: v2 });
    expect(second.positions.removed).toBe(2);
    expect(second.removed).toMatchObject({ stakeholders: [], terms: [] });
    expect(await exists('inst:lakeshore-health-system')).toBe(true);
    expect(await exists('term:pay-freeze')).toBe(true);
    for (const id of other.positionIds) expect(await exists(id)).toBe(true);
    expect(await db().query('MATCH (p:Position) WHERE p.extractor IS NULL RETURN p.id AS id ORDER BY id')).toEqual(curated);
  });

  it('reports the removals through the ingestArticle mutation', async () => {
    await cleanGraph(db());
    const key = (await createApiKey(db(), 'Erin Editor', 'editor')).key;
    const api = await startApi(db());
    try {
      const ingest = async (text: string) => dataOf(await api.graphql<{ ingestArticle: Record<string, unknown> }>(
        'mutation($text: String!) { ingestArticle(text: $text) { positionsCreated positionsRemoved removedStakeholderIds removedTermIds removedSourceIds } }', { text }, key)).ingestArticle;
      expect(await ingest(v1)).toMatchObject({ positionsCreated: 2, positionsRemoved: 0 });
      expect(await ingest(v2)).toEqual({ positionsCreated: 1, positionsRemoved: 2, removedStakeholderIds: ['inst:lakeshore-health-system'], removedTermIds: ['term:pay-freeze'], removedSourceIds: [] });
      expect(await ingest(v2)).toEqual({ positionsCreated: 0, positionsRemoved: 0, removedStakeholderIds: [], removedTermIds: [], removedSourceIds: [] });
    } finally {
      await api.http.close();
    }
  });
});
