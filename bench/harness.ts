import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  type BulkCreateResult,
  type CliIngestResult,
  type GeneratedDataset,
  type NaiveResult,
  type StatementCostResult,
  bulkCreate,
  cliIngest,
  generateDataset,
  naiveMerge,
  statementCost,
} from './ingest.js';
import { type LoadResult, runLoads } from './load.js';
import { type MachineInfo, machineInfo } from './machine.js';
import { BenchNeo4j, type Neo4jTarget, cleanGraph } from './neo4j.js';
import { type QuestionProfile, answerError, profileQuestions } from './profile.js';
import { type Database, type Product, loadProduct } from './project.js';
import { type Anchors, QUESTIONS, type QuestionName, SERVER_NAMES, type ServerName, chooseAnchors } from './questions.js';
import { startBare } from './servers/bare.js';
import { type RunningServer, startCached, startOurs } from './servers/ours.js';
import { startPeer } from './servers/peer.js';

export interface HarnessOptions {
  scales: number[];
  connections: number;
  durationS: number;
  warmupS: number;
  naiveSampleRows: number;
  bulkBatchSize: number;
  /** Measured slices per scenario; the servers alternate between slices. */
  rounds: number;
  /** Phases to leave out (e.g. to measure a query-only proposal quickly). */
  skip?: ('naive' | 'limit' | 'queries')[];
  /** Only these questions (default: all five). */
  questions?: QuestionName[];
  /** `child`: each server in its own process (the real bench); `inline`: in this process (smoke test). */
  servers: 'child' | 'inline';
  neo4j: { kind: 'own'; workDir: string; heap: string; pageCacheMb: number } | { kind: 'external'; target: Neo4jTarget };
  datasetCacheDir: string;
  seed: number;
  /** Another copy of the project (e.g. with a proposed patch applied and built), instead of this one. */
  projectRoot?: string;
  log: (line: string) => void;
}

export interface QueryScenario {
  profile: QuestionProfile;
  load: LoadResult;
}

export interface ScaleResult {
  positions: number;
  seconds: number;
  dataset: Omit<GeneratedDataset, 'files' | 'dir'> & { dir: string; files: number };
  graph: { nodes: number; relationships: number };
  ingest: { cli: CliIngestResult; limit: BulkCreateResult | null; naive: NaiveResult | null; statementCost: StatementCostResult | null };
  anchors: Anchors;
  queries: Record<QuestionName, Record<ServerName, QueryScenario>>;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  options: Omit<HarnessOptions, 'log' | 'neo4j'> & { neo4j: { kind: string; heap?: string; pageCacheMb?: number } };
  machine: MachineInfo;
  /** Load average when the run started and ended: other work on the machine skews every figure. */
  loadavg: { start: number[]; end: number[] };
  scales: ScaleResult[];
}

interface DbProvider {
  fresh(label: string): Promise<Neo4jTarget>;
  open(): Database;
  pid(): number | undefined;
  stop(): Promise<void>;
}

function externalProvider(product: Product, target: Neo4jTarget): DbProvider {
  const open = () => new product.database.Database(target);
  return {
    open,
    async fresh() {
      const db = open();
      try {
        await cleanGraph(db);
        await product.migrations.migrate(db);
      } finally {
        await db.close();
      }
      return target;
    },
    pid: () => undefined,
    stop: async () => {},
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Waits until Neo4j runs no transaction but this one: queries a load left running when the load
 * generator stopped would otherwise be charged to (and starve) whatever is measured next. After
 * `timeoutMs` the leftovers are terminated.
 */
async function drainNeo4j(db: Database, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { records } = await db.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId",
      {},
      { database: db.name },
    );
    const ids = records.map((r) => r.get('transactionId') as string);
    if (ids.length === 0) return Math.round(performance.now() - started);
    if (performance.now() - started > timeoutMs) {
      await db.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: db.name });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface StartedServer extends RunningServer {
  pid: number | undefined;
}

async function startChild(kind: ServerName, target: Neo4jTarget, projectRoot: string | undefined): Promise<StartedServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(here, 'servers', 'main.js'), kind], {
    env: {
      ...process.env,
      BENCH_NEO4J_URI: target.uri,
      BENCH_NEO4J_USER: target.user,
      BENCH_NEO4J_PASSWORD: target.password,
      BENCH_NEO4J_DATABASE: target.database,
      BENCH_PROJECT_ROOT: projectRoot ?? '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: the ${kind} server exited (${code}) before it was ready`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    pid: child.pid,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function startServer(mode: HarnessOptions['servers'], kind: ServerName, product: Product, target: Neo4jTarget, projectRoot?: string): Promise<StartedServer> {
  if (mode === 'child') return startChild(kind, target, projectRoot);
  const start = { ours: startOurs, bare: startBare, peer: startPeer, cached: startCached }[kind];
  return { ...(await start(product, target)), pid: undefined };
}

function requestBody(kind: ServerName, question: (typeof QUESTIONS)[number], anchors: Anchors): string {
  if (kind === 'bare') return JSON.stringify({ question: question.name, anchors });
  return JSON.stringify(kind === 'peer' ? question.peer(anchors) : question.ours(anchors));
}

/** One request through each server before the load, so a wrong answer fails loudly. */
async function checkAnswer(kind: ServerName, url: string, body: string, question: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  // A timeout is a result (the load then completes no answers), anything else is a broken server.
  if (answerError(kind, question, res.ok, text)) console.error(`bench: ${kind} timed out on ${question}`);
}

const label = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1_000 && n % 1_000 === 0 ? `${n / 1_000}k` : String(n));

async function runScale(options: HarnessOptions, product: Product, dbs: DbProvider, positions: number): Promise<ScaleResult> {
  const { log } = options;
  const started = performance.now();
  const name = label(positions);

  log(`[${name}] generating the dataset (stancegraph generate)…`);
  const dataset = await generateDataset(product, options.datasetCacheDir, positions, options.seed);
  log(`[${name}] ${dataset.rows} records in ${dataset.files.length} files, ${(dataset.bytes / 1e6).toFixed(1)} MB`);

  const skip = new Set(options.skip ?? []);
  let naive: NaiveResult | null = null;
  let limit: BulkCreateResult | null = null;
  let cost: StatementCostResult | null = null;
  if (!skip.has('naive')) {
    const target = await dbs.fresh(`${name}-naive`);
    log(`[${name}] naive: one MERGE query per row, on a sample of ${Math.min(options.naiveSampleRows, dataset.rows)} rows…`);
    naive = await naiveMerge(product, target, dataset, options.naiveSampleRows);
    log(`[${name}] naive: ${naive.sampleRows} rows in ${naive.sampleSeconds} s → ~${naive.positionsPerSecond} positions/s`);
  }
  if (!skip.has('limit')) {
    // A fresh instance of its own, like the product's ingest below: sharing the naive run's would
    // give the limit a JVM already warmed by half a minute of writes, and the product a cold one.
    await dbs.fresh(`${name}-limit`);
    const db = dbs.open();
    try {
      log(`[${name}] limit: UNWIND … CREATE in batches of ${options.bulkBatchSize}…`);
      limit = await bulkCreate(product, db, dataset, options.bulkBatchSize, dbs.pid());
      log(`[${name}] limit: ${limit.seconds} s in the database → ${limit.positionsPerSecond} positions/s; statement cost, product vs CREATE…`);
      cost = await statementCost(product, db, dataset, dbs.pid());
    } finally {
      await db.close();
    }
    log(`[${name}] statement cost for ${cost!.positions} positions: product ${cost!.product.ms} ms (Neo4j CPU ${cost!.product.neo4jCpuMs} ms), CREATE ${cost!.create.ms} ms (${cost!.create.neo4jCpuMs} ms)`);
  }

  const target = await dbs.fresh(`${name}-product`);
  log(`[${name}] stancegraph ingest…`);
  const cli = await cliIngest(product, target, dataset, dbs.pid());
  log(`[${name}] ingest: ${cli.seconds} s → ${cli.positionsPerSecond} positions/s, peak ${cli.peakMemoryMb} MB`);

  const db = dbs.open();
  let anchors: Anchors;
  let graph: ScaleResult['graph'];
  try {
    const [counts] = await db.query<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    graph = counts!;
    anchors = await chooseAnchors(db);
  } finally {
    await db.close();
  }
  log(`[${name}] graph: ${graph.nodes} nodes, ${graph.relationships} relationships; anchors: ${anchors.termId} (${anchors.termPositions} positions), ${anchors.stakeholderId} (${anchors.stakeholderPositions})`);

  const queries = {} as ScaleResult['queries'];
  if (!skip.has('queries')) {
    log(`[${name}] round trips and db hits (PROFILE)…`);
    const asked = QUESTIONS.filter((q) => !options.questions?.length || options.questions.includes(q.name));
    const profiles = await profileQuestions(product, target, asked, anchors);
    const servers = {} as Record<ServerName, StartedServer>;
    const monitor = dbs.open();
    try {
      for (const kind of SERVER_NAMES) servers[kind] = await startServer(options.servers, kind, product, target, options.projectRoot);
      for (const question of asked) {
        const bodies = SERVER_NAMES.map((kind) => requestBody(kind, question, anchors));
        for (const [i, kind] of SERVER_NAMES.entries()) await checkAnswer(kind, servers[kind].url, bodies[i]!, question.name);
        // The servers back to back, alternating slices, so drift in the machine's load hits them all alike.
        const loads = await runLoads(
          SERVER_NAMES.map((kind, i) => ({ url: servers[kind].url, body: bodies[i]!, cpuPids: { server: servers[kind].pid, neo4j: dbs.pid() } })),
          { connections: options.connections, durationS: options.durationS, warmupS: options.warmupS, rounds: options.rounds, drain: () => drainNeo4j(monitor) },
        );
        queries[question.name] = {} as Record<ServerName, QueryScenario>;
        for (const [i, kind] of SERVER_NAMES.entries()) {
          const load = loads[i]!;
          queries[question.name][kind] = { profile: profiles[question.name]![kind], load };
          const failed = load.non2xx + load.errors + load.graphqlErrors;
          log(
            `[${name}] ${question.name.padEnd(20)} ${kind.padEnd(4)} ${String(load.rps).padStart(7)} req/s  p50 ${load.latencyMs.p50} ms  p99 ${load.latencyMs.p99} ms  ` +
              `${profiles[question.name]![kind].roundTrips} round trips, ${profiles[question.name]![kind].dbHits} db hits` +
              `${failed ? `  ${failed} FAILED` : ''}${load.foreignCpuShare !== null ? `  (other processes: ${Math.round(load.foreignCpuShare * 100)}% CPU)` : ''}`,
          );
        }
      }
    } finally {
      await Promise.all(Object.values(servers).map((s) => s.close()));
      await monitor.close();
    }
  }

  const { files, dir, ...datasetRest } = dataset;
  return {
    positions,
    seconds: Math.round((performance.now() - started) / 1000),
    dataset: { ...datasetRest, dir, files: files.length },
    graph,
    ingest: { cli, limit, naive, statementCost: cost },
    anchors,
    queries,
  };
}

/** Runs every scale and returns all raw figures. Writing files is the caller's business. */
export async function runHarness(options: HarnessOptions): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadStart = os.loadavg();
  const product = await loadProduct(options.projectRoot);
  const dbs: DbProvider =
    options.neo4j.kind === 'own'
      ? new BenchNeo4j(product, options.neo4j.workDir, { heap: options.neo4j.heap, pageCacheMb: options.neo4j.pageCacheMb }, options.log)
      : externalProvider(product, options.neo4j.target);
  const scales: ScaleResult[] = [];
  let machine: MachineInfo | undefined;
  try {
    for (const positions of options.scales) {
      scales.push(await runScale(options, product, dbs, positions));
      if (!machine) {
        const db = dbs.open();
        try {
          machine = await machineInfo(product.root, db);
        } finally {
          await db.close();
        }
      }
    }
  } finally {
    await dbs.stop();
  }
  const { log: _log, neo4j, ...rest } = options;
  return {
    version: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
    options: { ...rest, neo4j: neo4j.kind === 'own' ? { kind: 'own', heap: neo4j.heap, pageCacheMb: neo4j.pageCacheMb } : { kind: 'external' } },
    machine: machine ?? (await machineInfo(product.root, undefined)),
    loadavg: { start: loadStart.map((v) => Math.round(v * 100) / 100), end: os.loadavg().map((v) => Math.round(v * 100) / 100) },
    scales,
  };
}
