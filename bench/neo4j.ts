import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/db/local/free-port.js';
import type { Database, Product } from './project.js';

export const BENCH_PASSWORD = 'stancegraph-bench';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Neo4jSettings {
  heap: string;
  pageCacheMb: number;
}

/**
 * A Neo4j of the bench's own, started with the project's launcher on a free port with a data
 * directory under `workDir`. `fresh()` gives an empty database by stopping the instance and
 * starting a new one on a new directory: for a million positions that is much faster than deleting.
 */
export class BenchNeo4j {
  private dataDir: string | undefined;
  private generation = 0;
  target: Neo4jTarget | undefined;
  /** Seconds each start took, for the record. */
  readonly startSeconds: number[] = [];

  constructor(
    private readonly product: Product,
    private readonly workDir: string,
    private readonly settings: Neo4jSettings,
    private readonly log: (line: string) => void,
  ) {}

  /** An empty, migrated database. */
  async fresh(label: string): Promise<Neo4jTarget> {
    await this.stop();
    this.dataDir = path.join(this.workDir, `neo4j-${label}-${++this.generation}`);
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    const started = performance.now();
    const boltPort = await freePort();
    const local = await this.product.instance.startLocalNeo4j({
      dataDir: this.dataDir,
      boltPort,
      password: BENCH_PASSWORD,
      heap: this.settings.heap,
      pageCacheMb: this.settings.pageCacheMb,
      log: this.log,
    });
    this.startSeconds.push((performance.now() - started) / 1000);
    this.target = { uri: local.uri, user: 'neo4j', password: BENCH_PASSWORD, database: 'neo4j' };
    const db = this.open();
    try {
      await this.product.migrations.migrate(db);
      await warmUp(db);
    } finally {
      await db.close();
    }
    return this.target;
  }

  open(): Database {
    if (!this.target) throw new Error('bench: Neo4j is not running');
    return new this.product.database.Database(this.target);
  }

  /** The JVM's pid, for CPU accounting. */
  pid(): number | undefined {
    if (!this.dataDir) return undefined;
    try {
      return (JSON.parse(fs.readFileSync(path.join(this.dataDir, 'neo4j.pid'), 'utf8')) as { pid: number }).pid;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    if (!this.dataDir) return;
    const dir = this.dataDir;
    this.dataDir = undefined;
    this.target = undefined;
    await this.product.instance.stopLocalNeo4j(dir, 120_000);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A freshly started JVM runs interpreted until its JIT has compiled the hot paths; without this the
 * first thing measured on each instance (and so always the same way of ingesting) would pay for it.
 * Batched and single-row MERGE writes, then reads, on a label the product never uses; then removed.
 */
export async function warmUp(db: Database): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await db.write((tx) =>
      tx.run(
        `UNWIND range(1, 2000) AS i
         MERGE (n:Entity {id: 'bench-warmup:' + $round + '-' + i}) SET n:BenchWarmup, n.i = i
         WITH n, i MERGE (m:Entity {id: 'bench-warmup:hub-' + (i % 20)}) SET m:BenchWarmup
         MERGE (n)-[:HOLDS]->(m)`,
        { round },
      ),
    );
    for (let i = 0; i < 50; i++) await db.write((tx) => tx.run(`MERGE (n:Entity {id: $id}) SET n:BenchWarmup`, { id: `bench-warmup:single-${round}-${i}` }));
    await db.query('MATCH (n:BenchWarmup)-[r]-(m:Entity) RETURN m.id AS id, count(r) AS c ORDER BY c DESC LIMIT 5');
  }
  await db.runAutoCommit('MATCH (n:BenchWarmup) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

/** An empty graph on a shared Neo4j (the test run's), keeping migration bookkeeping. */
export async function cleanGraph(db: Database): Promise<void> {
  await db.runAutoCommit('MATCH (n) WHERE NOT n:_Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
