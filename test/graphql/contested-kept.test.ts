import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { createPosition, retractPosition } from '../../src/edit/positions.js';
import { ingestArticle } from '../../src/ingest/article/ingest-article.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { generateDataset } from '../../src/ingest/generate.js';
import { dataOf, startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

interface Contested {
  term: { id: string };
  support: number;
  opposition: number;
  score: number;
}

/**
 * contestedTerms without asOf reads stance counts kept on each term; whatever wrote the positions,
 * they must agree with the live aggregation that asOf runs.
 */
describe('contested terms from kept counts', () => {
  const db = useCleanGraph();
  let api: Awaited<ReturnType<typeof startApi>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contested-'));
  const file = path.join(dir, 'set.json');
  const generated = generateDataset({ positions: 600, seed: 5 });
  const positions = [...generated.positionChunks(600)].flat();

  const contested = async (asOf?: string): Promise<Contested[]> =>
    dataOf<{ contestedTerms: Contested[] }>(
      await api.graphql(`{ contestedTerms(first: 100${asOf ? `, asOf: "${asOf}"` : ''}) { term { id } support opposition score } }`),
    ).contestedTerms;
  // No generated position has an `until`, so "as of the far future" is the live aggregation of everything.
  const keptAndLive = async (): Promise<[Contested[], Contested[]]> => [await contested(), await contested('9999-12-31')];
  const stale = async () => (await db().query<{ stale: boolean }>(cypher('terms/has-stale')))[0]!.stale;
  const ingest = async (rows: typeof positions) => {
    fs.writeFileSync(file, JSON.stringify({ ...generated.entities, positions: rows }));
    await ingestDatasets(db(), [file]);
  };

  beforeAll(async () => {
    api = await startApi(db());
  });
  afterAll(async () => {
    await api.http.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are counted by the ingest itself and agree with the live aggregation', async () => {
    await ingest(positions);
    expect(await stale()).toBe(false);
    const [kept, live] = await keptAndLive();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(live);
  });

  it('follow positions that change sides in a re-ingest', async () => {
    await ingest(positions.map((p) => (p.stance === 'OPPOSED' ? { ...p, stance: 'SUPPORTED' as const } : p)));
    const [kept, live] = await keptAndLive();
    expect(live).toEqual([]);
    expect(kept).toEqual(live);
  });

  it('follow an editor who adds and retracts an opposition', async () => {
    // A stakeholder who has said nothing on a term now opposes it; everyone else there supports it (above).
    const stakeholders = [...generated.entities.persons!, ...generated.entities.institutions!].map((s) => s.id);
    const [term, opposer] = [...new Set(positions.map((p) => p.term))]
      .flatMap((t) => stakeholders.filter((s) => !positions.some((p) => p.term === t && p.holder === s)).map((s) => [t, s] as const))[0]!;
    const { id } = await createPosition(db(), { holderId: opposer, termId: term, stance: 'OPPOSED', date: '2030-01-01', sourceIds: [generated.entities.sources![0]!.id] }, 'editor@test');
    expect(await stale()).toBe(true);
    const [kept, live] = await keptAndLive();
    expect(kept.map((c) => c.term.id)).toEqual([term]);
    expect(kept).toEqual(live);
    expect(await stale()).toBe(false);

    await retractPosition(db(), id, 'editor@test', 'misread the source');
    expect(await contested()).toEqual([]);
  });

  it('follow an article whose claims change on re-ingest', async () => {
    const article = (opposer: string) =>
      `Border talks resume\n\nNovember 3, 2025\n\nFrance proposed a joint border commission [1]. ${opposer} rejected a joint border commission [1].\n\nReferences\n1. example.org/border-talks\n`;
    const first = await ingestArticle(db(), { text: article('Germany') });
    expect(first.positions.extracted).toBe(2);
    const [kept, live] = await keptAndLive();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(live);

    // The rejection now comes from someone else: the old claim is removed, and its term recounted.
    const second = await ingestArticle(db(), { text: article('Italy') });
    expect(second.removed.positions.length).toBeGreaterThan(0);
    const [keptAfter, liveAfter] = await keptAndLive();
    expect(keptAfter).toEqual(liveAfter);
  });
});
