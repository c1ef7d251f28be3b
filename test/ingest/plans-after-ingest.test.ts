import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { generateDataset, writeGeneratedDataset } from '../../src/ingest/generate.js';
import { useCleanGraph } from '../helpers/db.js';

type Plan = { dbHits: number; children: Plan[] };
const dbHits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + dbHits(c), 0);

describe('query plans right after an ingest', () => {
  const db = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plans-'));

  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refreshes index statistics, so alignment starts from the stakeholders, not from every position', async () => {
    const files = writeGeneratedDataset(generateDataset({ positions: 5_000, seed: 5 }), dir);
    const report = await ingestDatasets(db(), files);
    expect(report.plansRefreshed).toBe(true);

    const ids = (await db().query<{ id: string }>('MATCH (s:Stakeholder)-[:HOLDS]->(p) WITH s, count(p) AS n ORDER BY n DESC, s.id SKIP 10 LIMIT 5 RETURN s.id AS id')).map((r) => r.id);
    const [held] = await db().query<{ n: number }>('MATCH (s:Stakeholder)-[:HOLDS]->(p) WHERE s.id IN $ids RETURN count(p) AS n', { ids });
    const profile = await db().read((tx) => tx.run(`PROFILE ${cypher('queries/alignment')}`, { ids, asOf: null, asOfFirst: null }));
    const hits = dbHits(profile.summary.profile as unknown as Plan);
    console.log(`[plans] alignment of 5 stakeholders (${held!.n} positions) in a 5 000-position graph: ${hits} db hits`);
    // Starting from every position costs over 5 000 × 5 index hits alone; from the stakeholders, a few dozen per position held.
    expect(hits).toBeLessThan(held!.n * 40);
    expect(hits).toBeLessThan(5_000 * 5);
  });
});
