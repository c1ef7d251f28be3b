import { describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { NODE_KINDS } from '../../src/model/vocabulary.js';
import { exampleDataset } from '../../src/paths.js';
import { useCleanGraph } from '../helpers/db.js';
import { graphFingerprint } from '../helpers/graph-fingerprint.js';

/** Who took a stance on a term, with the URLs of the sources each position rests on. */
const WHO = `
  MATCH (h:Stakeholder)-[:HOLDS]->(p:Position {stance: $stance})-[:ON_TERM]->(t:Term {id: $term})
  MATCH (p)-[:CITES]->(s:Source)
  WITH h, p, collect(s.url) AS urls
  RETURN h.id AS holder, p.id AS position, urls ORDER BY holder, position`;

describe('the example dataset (the seed article)', () => {
  const db = useCleanGraph();

  it('loads, creating every record it holds', async () => {
    const report = await ingestDatasets(db(), [exampleDataset]);
    expect(report.counts.Source.created).toBe(16);
    expect(report.counts.Position.created).toBeGreaterThanOrEqual(30);
    expect(NODE_KINDS.every((k) => report.counts[k].updated === 0 && report.counts[k].unchanged === 0)).toBe(true);
  });

  it('answers who proposed and who opposed ceding the Donbas, with sources', async () => {
    const proposed = await db().query<{ holder: string; urls: string[] }>(WHO, { stance: 'PROPOSED', term: 'term:ukraine-cedes-donbas' });
    expect(proposed.map((r) => r.holder)).toContain('inst:united-states');
    const opposed = await db().query<{ holder: string; urls: string[] }>(WHO, { stance: 'OPPOSED', term: 'term:ukraine-cedes-donbas' });
    expect(new Set(opposed.map((r) => r.holder))).toEqual(new Set(['inst:ukraine', 'inst:european-allies']));
    // "Ukraine is unwilling to formally cede territory ... [4, 10]"
    const lastWord = opposed.find((r) => r.urls.length === 2)!;
    expect(lastWord.urls.sort()).toEqual(['https://reflector.com/news/national/…', 'https://thestar.com/news/world/europ…']);
    for (const row of [...proposed, ...opposed]) expect(row.urls.length).toBeGreaterThan(0);
  });

  it('answers who proposed and who opposed the permanent NATO bar, with sources', async () => {
    const proposed = await db().query<{ holder: string; urls: string[] }>(WHO, { stance: 'PROPOSED', term: 'term:permanent-nato-bar' });
    expect(proposed.map((r) => r.holder)).toEqual(expect.arrayContaining(['inst:united-states', 'person:steve-witkoff', 'person:jared-kushner']));
    const opposed = await db().query<{ holder: string; urls: string[] }>(WHO, { stance: 'OPPOSED', term: 'term:permanent-nato-bar' });
    expect(new Set(opposed.map((r) => r.holder))).toEqual(new Set(['inst:ukraine', 'inst:european-allies']));
    for (const row of [...proposed, ...opposed]) expect(row.urls).toContain('https://reuters.com/world/europe/us-…');
  });

  it('keeps every position traceable: a holder, a term, and at least one source', async () => {
    const [row] = await db().query<{ orphans: number; total: number }>(`
      MATCH (p:Position)
      RETURN count(p) AS total,
             count(CASE WHEN NOT (p)<-[:HOLDS]-(:Stakeholder) OR NOT (p)-[:ON_TERM]->(:Term) OR NOT (p)-[:CITES]->(:Source) THEN 1 END) AS orphans`);
    expect(row!.total).toBeGreaterThan(0);
    expect(row!.orphans).toBe(0);
  });

  it('links the article to all sixteen of its numbered references', async () => {
    const rows = await db().query<{ n: number }>(
      'MATCH (:Document {id: $doc})-[c:CITES]->(:Source) RETURN c.number AS n ORDER BY n',
      { doc: 'doc:novakhov-2025-12-08-nss-ukraine-peace-talks' },
    );
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('changes nothing when ingested a second time, and says so', async () => {
    const before = await graphFingerprint(db());
    const report = await ingestDatasets(db(), [exampleDataset]);
    expect(NODE_KINDS.every((k) => report.counts[k].created === 0 && report.counts[k].updated === 0)).toBe(true);
    expect(report.counts.Position.unchanged).toBeGreaterThanOrEqual(30);
    expect(await graphFingerprint(db())).toEqual(before);
  });
});
