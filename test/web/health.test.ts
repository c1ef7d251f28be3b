import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { freePort } from '../../src/db/local/free-port.js';
import { createLogger } from '../../src/log.js';
import { type HttpService, startHttpServer } from '../../src/web/server.js';
import { testDatabase } from '../helpers/db.js';

const config = loadConfig({ LOG_LEVEL: 'silent' }, { dotenv: false });
const log = createLogger(config);

describe('health endpoints', () => {
  let db: Database;
  let http: HttpService;
  beforeAll(async () => {
    db = testDatabase();
    http = await startHttpServer({ config, db, log }, 0);
  });
  afterAll(async () => {
    await http.close();
    await db.close();
  });

  it('GET /healthz answers 200 while the process lives', async () => {
    const res = await fetch(`${http.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 when Neo4j answers', async () => {
    const res = await fetch(`${http.url}/readyz`);
    expect(res.status).toBe(200);
  });

  it('GET /readyz answers 503, fast, when Neo4j does not', async () => {
    const down = new Database({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'whatever1', database: 'neo4j', maxRetryMs: 200 });
    const server = await startHttpServer({ config, db: down, log }, 0);
    try {
      const started = Date.now();
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await server.close();
      await down.close();
    }
  });
});
