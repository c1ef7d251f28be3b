import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { generateDataset, writeGeneratedDataset } from '../../src/ingest/generate.js';
import { MAX_PAGE_SIZE } from '../../src/graphql/arguments.js';
import { type GraphQLResponse, dataOf, startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

type Api = Awaited<ReturnType<typeof startApi>>;

describe('Relay pagination over a 1,000-position generated set', () => {
  const db = useCleanGraph();
  let api: Api;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagination-'));

  beforeAll(async () => {
    const file = path.join(dir, 'gen.json');
    writeGeneratedDataset(generateDataset({ positions: 1_000, seed: 11 }), file);
    await ingestDatasets(db(), [file]);
    api = await startApi(db());
  });
  afterAll(async () => {
    await api.http.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function walk(field: 'positions' | 'terms' | 'stakeholders', pageSize: number, args = '') {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 1_000; pages++) {
      const response: GraphQLResponse<any> = await api.graphql<any>(
        `query($first: Int, $after: String) { ${field}(first: $first, after: $after${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
        { first: pageSize, after },
      );
      const page: any = dataOf(response)[field];
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.endCursor;
    }
    return { seen, total };
  }

  it('walks every position exactly once, in date order', async () => {
    const { seen, total } = await walk('positions', 37);
    expect(total).toBe(1_000);
    expect(seen).toHaveLength(1_000);
    expect(new Set(seen).size).toBe(1_000);
    const [row] = await db().query<{ ids: string[] }>("MATCH (p:Position) WHERE p.status <> 'RETRACTED' RETURN collect(p.id) AS ids");
    expect(new Set(seen)).toEqual(new Set(row!.ids));
  });

  it('walks a filtered set (one term, one stance) with no duplicates and no gaps', async () => {
    const termId = 'term:gen-000000';
    const { seen, total } = await walk('positions', 7, `, filter: { termId: "${termId}", stance: [OPPOSED] }`);
    const [row] = await db().query<{ ids: string[] }>(
      "MATCH (:Term {id: $termId})<-[:ON_TERM]-(p:Position {stance: 'OPPOSED'}) RETURN collect(p.id) AS ids",
      { termId },
    );
    expect(total).toBe(row!.ids.length);
    expect(seen.sort()).toEqual(row!.ids.sort());
  });

  it('walks terms and stakeholders too', async () => {
    for (const field of ['terms', 'stakeholders'] as const) {
      const { seen, total } = await walk(field, 9);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    }
  });

  it(`caps page sizes at ${MAX_PAGE_SIZE}`, async () => {
    const { positions } = dataOf(await api.graphql<any>('{ positions(first: 500) { edges { node { id } } pageInfo { hasNextPage } } }'));
    expect(positions.edges).toHaveLength(MAX_PAGE_SIZE);
    expect(positions.pageInfo.hasNextPage).toBe(true);
  });
});
