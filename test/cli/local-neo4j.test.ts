import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { freePort } from '../../src/db/local/free-port.js';
import { projectRoot } from '../../src/paths.js';

const exec = promisify(execFile);
const cli = path.join(projectRoot, 'dist/cli/main.js');

/** Drives `npm run db:start` / `db:stop` through the built CLI, on its own port and directory. */
describe('local Neo4j launcher (db:start / db:stop)', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-launcher-'));
  const port = await freePort();
  const env = { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: 'launcher-test-pw', NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '128' };
  const db = () => new Database({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'launcher-test-pw', database: 'neo4j' });
  const run = (...args: string[]) => exec(process.execPath, [cli, ...args], { env, timeout: 200_000 });

  afterAll(async () => {
    await run('db', 'stop').catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, is harmless to start twice, and keeps data across stop and start', async () => {
    const first = await run('db', 'start');
    expect(first.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);
    const second = await run('db', 'start');
    expect(second.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);
    expect(second.stderr).toContain('already running');

    const before = db();
    await before.write((tx) => tx.run('CREATE (:Survivor {note: $note})', { note: 'written before restart' }));
    await before.close();

    const stopped = await run('db', 'stop');
    expect(stopped.stderr).toContain('Stopped Neo4j');
    expect(fs.existsSync(path.join(dataDir, 'neo4j.pid'))).toBe(false);

    await run('db', 'start');
    const after = db();
    try {
      expect(await after.query('MATCH (s:Survivor) RETURN s.note AS note')).toEqual([{ note: 'written before restart' }]);
    } finally {
      await after.close();
    }
  }, 400_000);

  it('writes its log to the data directory', () => {
    expect(fs.readFileSync(path.join(dataDir, 'neo4j.log'), 'utf8')).toContain('stancegraph-neo4j ready');
  });
});
