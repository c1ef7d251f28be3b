import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { useCleanGraph } from '../helpers/db.js';

const exec = promisify(execFile);
const cli = path.join(projectRoot, 'dist/cli/main.js');

describe('a 100k-position generated dataset', () => {
  const db = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen100k-'));
  const { uri, user, password, database } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, LOG_LEVEL: 'silent' };

  beforeAll(async () => {
    await exec(process.execPath, [cli, 'generate', '--positions', '100000', '--seed', '42', '--out', dir, '--per-file', '10000'], { env });
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ingests in streamed batches within a fixed 128 MB heap (flat memory), then changes nothing on a re-run', async () => {
    // The heap cap is the assertion: holding the whole input, parsed, would not fit.
    const heapEnv = { ...env, NODE_OPTIONS: '--max-old-space-size=128' };
    const first = await exec(process.execPath, [cli, 'ingest', dir], { env: heapEnv, timeout: 300_000 });
    expect(first.stdout).toMatch(/19 file\(s\), \d+ records: ingested .* positions 100000\/0\/0/);
    const peakMb = Number(/peak memory (\d+) MB/.exec(first.stdout)![1]);
    console.log(`[bench-smoke] 100k positions: ${first.stdout.trim()}`);
    expect(peakMb).toBeLessThan(400);

    const [row] = await db().query<{ n: number }>('MATCH (p:Position) RETURN count(p) AS n');
    expect(row!.n).toBe(100_000);

    const second = await exec(process.execPath, [cli, 'ingest', dir], { env: heapEnv, timeout: 300_000 });
    expect(second.stdout).toMatch(/no changes .* positions 0\/0\/100000/);
  }, 600_000);
});
