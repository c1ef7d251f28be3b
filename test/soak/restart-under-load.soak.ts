import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/instance.js';
import { migrate } from '../../src/db/migrations.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../src/paths.js';
import { startApi } from '../helpers/api.js';
import { recordReliability } from '../helpers/reliability-record.js';
import { freePort } from '../../src/db/local/free-port.js';

const DURATION_S = Number(process.env.SOAK_SECONDS ?? 60);
const PASSWORD = 'soak-test-password';

type Outcome = 'ok' | 'clean-failure' | 'unclean';

/** A response is clean when it is GraphQL JSON whose errors all carry a stable code. */
function classify(status: number, body: string): { outcome: Outcome; id?: string } {
  try {
    const json = JSON.parse(body) as { data?: { createPosition?: { id: string } }; errors?: { extensions?: { code?: string } }[] };
    if (!json.errors?.length && status === 200) return { outcome: 'ok', id: json.data?.createPosition?.id };
    return { outcome: json.errors?.every((e) => typeof e.extensions?.code === 'string') ? 'clean-failure' : 'unclean' };
  } catch {
    return { outcome: 'unclean' };
  }
}

describe(`restart under load (${DURATION_S} s, 16 connections, Neo4j restarted halfway)`, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-soak-'));
  let port: number;
  let uri: string;
  const options = () => ({ dataDir, boltPort: port, password: PASSWORD, heap: '1g', pageCacheMb: 512 });

  beforeAll(async () => {
    port = await freePort();
    uri = (await startLocalNeo4j(options())).uri;
  }, 300_000);
  afterAll(async () => {
    await stopLocalNeo4j(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request with success or a clean error, and loses no acknowledged write', async () => {
    const { maxRetryMs } = loadConfig({}, { dotenv: false }).neo4j;
    const db = new Database({ uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', maxRetryMs });
    await migrate(db);
    await ingestDatasets(db, [exampleDataset]);
    const { key } = await createApiKey(db, 'soak', 'editor');
    const api = await startApi(db);

    const counts: Record<Outcome, number> = { ok: 0, 'clean-failure': 0, unclean: 0 };
    const acknowledged: string[] = [];
    const onResponse = (status: number, body: string) => {
      const { outcome, id } = classify(status, body);
      counts[outcome]++;
      if (id) acknowledged.push(id);
    };
    const json = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
    const read = JSON.stringify({ query: '{ termStances(termId: "term:ukraine-cedes-donbas") { opposed { holder { name } positions { sources { url } } } } }' });
    const write = JSON.stringify({
      query: 'mutation($input: PositionInput!) { createPosition(input: $input) { id } }',
      variables: { input: { id: 'pos:soak-[<id>]', holderId: 'inst:ukraine', termId: 'term:security-guarantees', stance: 'SUPPORTED', sourceIds: ['src:reuters-world-europe-us'] } },
    });

    const restart = (async () => {
      await sleep((DURATION_S * 1000) / 2);
      await stopLocalNeo4j(dataDir);
      await startLocalNeo4j(options());
    })();
    const result = await autocannon({
      url: `${api.url}/graphql`,
      connections: 16,
      duration: DURATION_S,
      idReplacement: true,
      requests: [
        { method: 'POST', path: '/graphql', headers: json, body: read, onResponse },
        { method: 'POST', path: '/graphql', headers: json, body: write, onResponse },
      ],
    });
    await restart;

    const stored = await db.query<{ id: string }>("MATCH (p:Position) WHERE p.id STARTS WITH 'pos:soak-' RETURN p.id AS id");
    const storedIds = new Set(stored.map((r) => r.id));
    const lost = acknowledged.filter((id) => !storedIds.has(id));
    await api.http.close();
    await db.close();

    const figures = {
      durationSeconds: DURATION_S,
      connections: 16,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      succeeded: counts.ok,
      failedCleanly: counts['clean-failure'],
      failedUncleanly: counts.unclean,
      transportErrors: result.errors + result.timeouts,
      writesAcknowledged: acknowledged.length,
      acknowledgedWritesLost: lost.length,
    };
    console.log('[soak]', figures);
    recordReliability('restart-under-load', figures);
    expect(counts.ok).toBeGreaterThan(0);
    expect(counts['clean-failure']).toBeGreaterThan(0);
    expect(counts.unclean).toBe(0);
    expect(result.errors + result.timeouts).toBe(0);
    expect(lost).toEqual([]);
  }, (DURATION_S + 300) * 1000);
});
