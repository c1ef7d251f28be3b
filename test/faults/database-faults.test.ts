import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { freePort } from '../../src/db/local/free-port.js';
import { killLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/instance.js';
import { migrate } from '../../src/db/migrations.js';
import { projectRoot } from '../../src/paths.js';
import { startApi } from '../helpers/api.js';
import { cleanGraph } from '../helpers/db.js';
import { graphFingerprint } from '../helpers/graph-fingerprint.js';
import { recordReliability } from '../helpers/reliability-record.js';

const exec = promisify(execFile);
const cli = path.join(projectRoot, 'dist/cli/main.js');
const PASSWORD = 'faults-test-pw';

/**
 * Faults need a Neo4j of their own to kill and restart, so this file starts one with the
 * project's launcher beside the run's shared instance.
 */
describe('database faults', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-faults-'));
  const genDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faults-gen-'));
  let port: number;
  let uri: string;
  const options = () => ({ dataDir, boltPort: port, password: PASSWORD, heap: '768m', pageCacheMb: 256 });
  // The service's own retry budget, as configured by default.
  const { maxRetryMs } = loadConfig({}, { dotenv: false }).neo4j;
  const open = () => new Database({ uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', maxRetryMs });
  const env = () => ({ ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    port = await freePort();
    uri = (await startLocalNeo4j(options())).uri;
    const db = open();
    await migrate(db);
    await db.close();
    await exec(process.execPath, [cli, 'generate', '--positions', '12000', '--seed', '5', '--out', genDir, '--per-file', '2000'], { env: env() });
  }, 300_000);
  afterAll(async () => {
    await stopLocalNeo4j(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(genDir, { recursive: true, force: true });
  });

  it('an ingest killed mid-way (SIGKILL of Neo4j) and re-run equals a clean run exactly', async () => {
    const ingest: ChildProcess = spawn(process.execPath, [cli, 'ingest', genDir], { env: { ...env(), NEO4J_MAX_RETRY_MS: '1000' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => ingest.on('exit', (code) => resolve(code)));
    const watcher = open();
    try {
      // Kill once some, but not all, positions are in.
      for (let i = 0; i < 600; i++) {
        const [row] = await watcher.query<{ n: number }>('MATCH (p:Position) RETURN count(p) AS n');
        if (row!.n > 2_000) break;
        await sleep(100);
      }
    } finally {
      await watcher.close();
    }
    expect(killLocalNeo4j(dataDir)).toBe(true);
    expect(await exited).not.toBe(0);

    await startLocalNeo4j(options());
    const partial = open();
    const [counted] = await partial.query<{ n: number }>('MATCH (p:Position) RETURN count(p) AS n');
    console.log(`[faults] positions committed before the kill: ${counted!.n} of 12000`);
    expect(counted!.n).toBeLessThan(12_000);
    await partial.close();

    await exec(process.execPath, [cli, 'ingest', genDir], { env: env(), timeout: 300_000 });
    const db = open();
    try {
      const afterCrash = await graphFingerprint(db);
      const [dupes] = await db.query<{ n: number; ids: number }>('MATCH (n:Entity) RETURN count(n) AS n, count(DISTINCT n.id) AS ids');
      expect(dupes!.n).toBe(dupes!.ids);

      await cleanGraph(db);
      await exec(process.execPath, [cli, 'ingest', genDir], { env: env(), timeout: 300_000 });
      const clean = await graphFingerprint(db);
      console.log(`[faults] after crash and re-run: ${afterCrash.nodes} nodes, ${afterCrash.relationships} relationships; clean run: ${clean.nodes}, ${clean.relationships}`);
      expect(afterCrash).toEqual(clean);
      recordReliability('killed-mid-ingest', {
        positions: 12_000,
        committedBeforeKill: counted!.n,
        nodesAfterRerun: afterCrash.nodes,
        relationshipsAfterRerun: afterCrash.relationships,
        equalToCleanRun: true,
        duplicates: dupes!.n - dupes!.ids,
      });
    } finally {
      await db.close();
    }
  }, 600_000);

  it('with the database down: /readyz says 503, GraphQL answers DATABASE_UNAVAILABLE within 2 s, and it recovers by itself', async () => {
    const db = open();
    const api = await startApi(db);
    const ask = () => api.graphql('{ terms(first: 1) { totalCount } }');
    try {
      expect((await ask()).errors).toBeUndefined();

      expect(killLocalNeo4j(dataDir)).toBe(true);
      await sleep(500);
      const started = Date.now();
      const down = await ask();
      const elapsed = Date.now() - started;
      console.log(`[faults] GraphQL answered in ${elapsed} ms with the database down`);
      expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(elapsed).toBeLessThan(2_000);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(503);

      await startLocalNeo4j(options());
      const back = Date.now();
      let recovered = false;
      while (Date.now() - back < 30_000 && !recovered) {
        recovered = (await ask()).errors === undefined;
        if (!recovered) await sleep(250);
      }
      expect(recovered).toBe(true);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      recordReliability('database-down', { unavailableAnswerMs: elapsed, readyzWhileDown: 503, recoveredAfterRestartMs: Date.now() - back });
    } finally {
      await api.http.close();
      await db.close();
    }
  }, 300_000);
});
