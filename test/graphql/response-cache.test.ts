import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../src/paths.js';
import { dataOf, startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

const OPPOSED = `{ termStances(termId: "term:ukraine-cedes-donbas") { opposed { holder { id } positions { id sources { url } } } } }`;
const opposers = (data: { termStances: { opposed: { holder: { id: string } }[] } }) => data.termStances.opposed.map((s) => s.holder.id).sort();

const CREATE = `mutation($input: PositionInput!) { createPosition(input: $input) { id } }`;
const RETRACT = `mutation($id: ID!) { retractPosition(id: $id, reason: "test") { id } }`;

describe('the answer cache', () => {
  const db = useCleanGraph();
  let editor: string;
  type Api = Awaited<ReturnType<typeof startApi>>;
  // Two replicas of the API on one graph, as behind a load balancer.
  let first: Api;
  let second: Api;

  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    editor = (await createApiKey(db(), 'Cache Editor', 'editor')).key;
    first = await startApi(db());
    second = await startApi(db());
  });
  afterAll(async () => {
    await first.http.close();
    await second.http.close();
  });

  it('answers a repeated query from memory: one round trip (the graph version) instead of the whole query', async () => {
    const cold = await first.graphql(OPPOSED);
    const warm = await first.graphql(OPPOSED);
    expect(warm.data).toEqual(cold.data);
    expect(cold.extensions!.roundTrips).toBeGreaterThan(2);
    expect(warm.extensions!.roundTrips).toBe(1);
  });

  it('never serves an answer older than a write made through another replica', async () => {
    const before = opposers(dataOf(await first.graphql(OPPOSED)));
    expect(before).not.toContain('inst:united-kingdom');
    const input = { id: 'pos:cache-test-uk-opposes', holderId: 'inst:united-kingdom', termId: 'term:ukraine-cedes-donbas', stance: 'OPPOSED', date: '2025-12-09', sourceIds: ['src:reuters-world-europe-us'] };
    dataOf(await second.graphql(CREATE, { input }, editor));
    expect(opposers(dataOf(await first.graphql(OPPOSED)))).toEqual([...before, 'inst:united-kingdom'].sort());

    dataOf(await second.graphql(RETRACT, { id: input.id }, editor));
    expect(opposers(dataOf(await first.graphql(OPPOSED)))).toEqual(before);
  });

  it('sees writes that bypass the API but go through the Database module (ingest)', async () => {
    await first.graphql(OPPOSED);
    await db().write((tx) => tx.run("MATCH (p:Position)-[:ON_TERM]->(:Term {id: 'term:ukraine-cedes-donbas'}) WHERE p.stance = 'OPPOSED' SET p.status = 'RETRACTED'"));
    expect(opposers(dataOf(await first.graphql(OPPOSED)))).toEqual([]);
  });

  it('serves a cached answer only to callers who may read', async () => {
    const closed = await startApi(db(), { READS_REQUIRE_KEY: 'true' });
    try {
      const reader = (await createApiKey(db(), 'Cache Reader', 'reader')).key;
      dataOf(await closed.graphql(OPPOSED, undefined, reader));
      expect((await closed.graphql(OPPOSED, undefined, reader)).extensions!.roundTrips).toBe(1);
      for (const key of [undefined, 'not-a-key']) {
        const refused = await closed.graphql(OPPOSED, undefined, key);
        expect(refused.data ?? null).toBeNull();
        expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      await closed.http.close();
    }
  });

  it('keeps answers with errors out: a bad argument is answered afresh each time', async () => {
    const bad = `{ termStances(termId: "term:no-such-term") { opposed { holder { id } } } }`;
    const a = await first.graphql(bad);
    const b = await first.graphql(bad);
    expect(a.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(b.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(b.extensions!.roundTrips).toBeGreaterThan(1);
  });

  it('is off with RESPONSE_CACHE_MB=0: every request runs the query', async () => {
    const uncached = await startApi(db(), { RESPONSE_CACHE_MB: '0' });
    try {
      // Two root fields: at least two statements, where a cache hit would cost one (the version).
      const twoFields = `{ termStances(termId: "term:ukraine-cedes-donbas") { term { id } } contestedTerms(first: 3) { score } }`;
      await uncached.graphql(twoFields); // the first may recount stance counts left stale by earlier tests
      const a = await uncached.graphql(twoFields);
      const b = await uncached.graphql(twoFields);
      expect(b.extensions!.roundTrips).toBe(a.extensions!.roundTrips);
      expect(b.extensions!.roundTrips).toBeGreaterThan(1);
    } finally {
      await uncached.http.close();
    }
  });
});
