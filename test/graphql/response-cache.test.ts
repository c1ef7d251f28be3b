import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../src/paths.js';
import { dataOf, startApi } from '../helpers/api.js';
import { testDatabase, useCleanGraph } from '../helpers/db.js';

const OPPOSED = `{ termStances(termId: "term:ukraine-cedes-donbas") { opposed { holder { id } positions { id sources { url } } } } }`;
const opposers = (data: { termStances: { opposed: { holder: { id: string } }[] } }) => data.termStances.opposed.map((s) => s.holder.id).sort();

const CREATE = `mutation($input: PositionInput!) { createPosition(input: $input) { id } }`;
const RETRACT = `mutation($id: ID!) { retractPosition(id: $id, reason: "test") { id } }`;
/** Every request reads the graph version (no freshness window): what most tests here need. */
const STRICT = { RESPONSE_CACHE_FRESHNESS_MS: '0' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the answer cache', () => {
  const db = useCleanGraph();
  let editor: string;
  type Api = Awaited<ReturnType<typeof startApi>>;
  // Two replicas of the API on one graph, as behind a load balancer, each with its own driver.
  const secondDb = testDatabase();
  let first: Api;
  let second: Api;

  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    editor = (await createApiKey(db(), 'Cache Editor', 'editor')).key;
    first = await startApi(db(), STRICT);
    second = await startApi(secondDb, STRICT);
  });
  afterAll(async () => {
    await first.http.close();
    await second.http.close();
    await secondDb.close();
  });

  it('answers a repeated query from memory: one round trip (the graph version) instead of the whole query', async () => {
    const cold = await first.graphql(OPPOSED);
    const warm = await first.graphql(OPPOSED);
    expect(warm.data).toEqual(cold.data);
    expect(warm.extensions!.roundTrips).toBe(1);
    expect(cold.extensions!.roundTrips).toBeGreaterThan(1);
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
    const closed = await startApi(db(), { READS_REQUIRE_KEY: 'true', ...STRICT });
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

  it('with a freshness window: reads the version once per window, sees its own writes at once, and other replicas\' once the window has passed', async () => {
    const windowMs = 4_000;
    const windowed = await startApi(db(), { RESPONSE_CACHE_FRESHNESS_MS: String(windowMs) });
    try {
      const before = opposers(dataOf(await windowed.graphql(OPPOSED)));
      const hit = await windowed.graphql(OPPOSED);
      expect(hit.extensions!.roundTrips).toBe(0);

      const input = { id: 'pos:cache-test-fr-opposes', holderId: 'inst:france', termId: 'term:ukraine-cedes-donbas', stance: 'OPPOSED', date: '2025-12-10', sourceIds: ['src:reuters-world-europe-us'] };
      const wroteAt = Date.now();
      dataOf(await second.graphql(CREATE, { input }, editor));
      const during = opposers(dataOf(await windowed.graphql(OPPOSED)));
      // Only meaningful while the window lasts; a machine slow enough to miss it proves nothing here.
      if (Date.now() - wroteAt < windowMs / 2) expect(during).toEqual(before);
      await sleep(windowMs);
      expect(opposers(dataOf(await windowed.graphql(OPPOSED)))).toEqual([...before, 'inst:france'].sort());

      dataOf(await windowed.graphql(RETRACT, { id: input.id }, editor));
      expect(opposers(dataOf(await windowed.graphql(OPPOSED)))).toEqual(before);
    } finally {
      await windowed.http.close();
    }
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
