import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import os from 'node:os';
import { DATASET_SECTIONS } from '../src/model/dataset.js';
import { cpuMsOf, machineBusyMs } from './load.js';
import type { Neo4jTarget } from './neo4j.js';
import type { Database, Product, Row, RowsByKind } from './project.js';

type Kind = keyof RowsByKind;

export interface GeneratedDataset {
  dir: string;
  files: string[];
  bytes: number;
  /** Rows (records) per kind, and in all. */
  rowsByKind: Record<string, number>;
  rows: number;
  positions: number;
  /** Seconds `stancegraph generate` took, or null when a cached copy was used. */
  generateSeconds: number | null;
}

export interface CliIngestResult {
  /** Wall-clock seconds of the whole `stancegraph ingest` process (start-up, validation, writes). */
  seconds: number;
  /** The seconds the CLI itself reports (validation and writes, without process start-up). */
  cliSeconds: number;
  positionsPerSecond: number;
  recordsPerSecond: number;
  /** Peak RSS the CLI reports for itself (`peak memory N MB`). */
  peakMemoryMb: number;
  /** RSS of the process over time, sampled from /proc: [seconds since start, MB]. */
  rssSamples: [number, number][];
  summary: string;
  /** CPU seconds of the ingest process and of Neo4j during the ingest: which side is the bottleneck. */
  cpuSeconds: { client: number | null; neo4j: number | null };
  /** Share of the machine's CPU (all cores) other processes used meanwhile: how much the figure is skewed. */
  foreignCpuShare: number | null;
  /** `stancegraph ingest --dry-run` on the same files: validation alone (parse, schema, references). */
  dryRun: { seconds: number; peakMemoryMb: number } | null;
}

export interface BulkCreateResult {
  /** Seconds spent in the database (sending and committing), parsing excluded. */
  seconds: number;
  neo4jCpuSeconds: number | null;
  /** Share of the machine's CPU (all cores) other processes used meanwhile. */
  foreignCpuShare: number | null;
  wallSeconds: number;
  batchSize: number;
  transactions: number;
  positionsPerSecond: number;
  recordsPerSecond: number;
}

export interface NaiveResult {
  sampleRows: number;
  sampleSeconds: number;
  /** Per kind: rows in the dataset, rows measured, seconds measured. */
  perKind: Record<string, { total: number; sampled: number; seconds: number }>;
  /** Projected from the per-kind sample rates to the whole dataset. */
  estimatedSeconds: number;
  extrapolated: boolean;
  positionsPerSecond: number;
  recordsPerSecond: number;
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });

function countRows(product: Product, files: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(product.rows.WRITE_ORDER.map((k) => [k, 0]));
  for (const file of files) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [section, kind] of DATASET_SECTIONS) {
      counts[kind]! += Array.isArray(data[section]) ? (data[section] as unknown[]).length : 0;
    }
  }
  return counts;
}

/**
 * A dataset of `positions` positions written by `stancegraph generate` (the real CLI). Datasets are
 * cached under `cacheDir`, keyed by size, seed and a hash of the generator, since the same seed
 * always gives the same dataset.
 */
export async function generateDataset(product: Product, cacheDir: string, positions: number, seed = 1): Promise<GeneratedDataset> {
  const generator = fs.readFileSync(path.join(product.root, 'dist', 'ingest', 'generate.js'));
  const key = createHash('sha256').update(generator).digest('hex').slice(0, 10);
  const dir = path.join(cacheDir, `gen-${positions}-seed${seed}-${key}`);
  const marker = path.join(dir, '.bench-complete');
  let generateSeconds: number | null = null;
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    const out = await run(process.execPath, [path.join(product.root, 'dist', 'cli', 'main.js'), 'generate', '--positions', String(positions), '--seed', String(seed), '--out', dir], process.env);
    if (out.code !== 0) throw new Error(`stancegraph generate failed (${out.code}): ${out.stderr}`);
    generateSeconds = (performance.now() - started) / 1000;
    fs.writeFileSync(marker, JSON.stringify({ positions, seed, generateSeconds }));
  } else {
    generateSeconds = (JSON.parse(fs.readFileSync(marker, 'utf8')) as { generateSeconds: number | null }).generateSeconds ?? null;
  }
  const { files } = product.readInput.listInputFiles([dir]);
  const rowsByKind = countRows(product, files);
  return {
    dir,
    files,
    bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0),
    rowsByKind,
    rows: Object.values(rowsByKind).reduce((a, b) => a + b, 0),
    positions: rowsByKind.Position ?? 0,
    generateSeconds,
  };
}

function rssMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** `stancegraph ingest <dir>` as a child process, the way an operator runs it. */
export async function cliIngest(product: Product, target: Neo4jTarget, dataset: GeneratedDataset, neo4jPid?: number): Promise<CliIngestResult> {
  const cli = path.join(product.root, 'dist', 'cli', 'main.js');
  const dryRun = await cliRun(product, cli, target, dataset, ['--dry-run']);
  const ingest = await cliRun(product, cli, target, dataset, [], neo4jPid);
  if (!new RegExp(`positions ${dataset.positions}/0/0`).test(ingest.summary)) throw new Error(`bench: ingest did not create every position: ${ingest.summary}`);
  const match = /in ([\d.]+) s, peak memory (\d+) MB/.exec(ingest.summary);
  if (!match) throw new Error(`bench: unexpected ingest summary: ${ingest.summary}`);
  const dryMatch = /\(([\d.]+) s, peak memory (\d+) MB\)/.exec(dryRun.summary);
  return {
    seconds: round(ingest.seconds),
    cliSeconds: Number(match[1]),
    positionsPerSecond: Math.round(dataset.positions / ingest.seconds),
    recordsPerSecond: Math.round(dataset.rows / ingest.seconds),
    peakMemoryMb: Number(match[2]),
    rssSamples: ingest.samples,
    summary: ingest.summary,
    cpuSeconds: ingest.cpuSeconds,
    foreignCpuShare: ingest.foreignCpuShare,
    // Reported by the CLI itself: a dry run can end before the first RSS sample.
    dryRun: dryMatch ? { seconds: Number(dryMatch[1]), peakMemoryMb: Number(dryMatch[2]) } : null,
  };
}

async function cliRun(product: Product, cli: string, target: Neo4jTarget, dataset: GeneratedDataset, extra: string[], neo4jPid?: number) {
  const env = {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    LOG_LEVEL: 'silent',
  };
  const started = performance.now();
  const neo4jCpu0 = cpuMsOf(neo4jPid);
  const busy0 = machineBusyMs();
  const own0 = process.cpuUsage();
  const child = spawn(process.execPath, [cli, 'ingest', ...extra, dataset.dir], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: product.root });
  const samples: [number, number][] = [];
  let clientCpuMs: number | undefined;
  const sampler = setInterval(() => {
    const mb = child.pid ? rssMb(child.pid) : undefined;
    if (mb !== undefined) samples.push([Math.round((performance.now() - started) / 100) / 10, mb]);
    clientCpuMs = cpuMsOf(child.pid) ?? clientCpuMs;
  }, 1_000);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const neo4jCpu1 = cpuMsOf(neo4jPid);
  const busy1 = machineBusyMs();
  const own = process.cpuUsage(own0);
  if (code !== 0) throw new Error(`stancegraph ingest ${extra.join(' ')} failed (${code}): ${stderr.trim().split('\n').slice(-5).join('\n')}`);
  const neo4jMs = neo4jCpu0 === undefined || neo4jCpu1 === undefined ? undefined : neo4jCpu1 - neo4jCpu0;
  return {
    seconds,
    samples,
    foreignCpuShare: foreignShareOf(busy0, busy1, [neo4jMs, clientCpuMs, (own.user + own.system) / 1000], seconds * 1000),
    summary: stdout.trim().split('\n').pop() ?? '',
    cpuSeconds: {
      // Sampled each second, so the last second of the client's CPU may be missing.
      client: clientCpuMs === undefined ? null : round(clientCpuMs / 1000, 1),
      neo4j: neo4jCpu0 === undefined || neo4jCpu1 === undefined ? null : round((neo4jCpu1 - neo4jCpu0) / 1000, 1),
    },
  };
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** CPU the rest of the machine used over `wallMs`, as a share of all cores; null when not measurable. */
function foreignShareOf(busy0: number | undefined, busy1: number | undefined, ours: (number | undefined)[], wallMs: number): number | null {
  if (busy0 === undefined || busy1 === undefined || ours.some((v) => v === undefined) || wallMs <= 0) return null;
  const foreign = busy1 - busy0 - ours.reduce((a: number, b) => a + b!, 0);
  return round(Math.max(0, foreign) / (wallMs * os.availableParallelism()), 3);
}

/** Node labels per kind, as the product's ingest sets them. */
const LABELS: Record<Kind, string> = {
  Source: 'Entity:Source',
  Document: 'Entity:Document',
  Institution: 'Entity:Stakeholder:Institution',
  Person: 'Entity:Stakeholder:Person',
  Term: 'Entity:Term',
  Proposal: 'Entity:Proposal',
  Event: 'Entity:Event',
  Position: 'Entity:Position',
};

/** Relationships of each kind, created after the nodes (they may point to rows of the same kind). */
const RELATIONSHIPS: Partial<Record<Kind, string>> = {
  Document: `UNWIND $rows AS row MATCH (d:Entity {id: row.id})
CALL (d, row) { UNWIND row.citations AS c MATCH (s:Entity {id: c.source}) CREATE (d)-[:CITES {number: c.number}]->(s) }`,
  Institution: `UNWIND $rows AS row MATCH (i:Entity {id: row.id})
CALL (i, row) { UNWIND row.memberOf AS target MATCH (t:Entity {id: target}) CREATE (i)-[:MEMBER_OF]->(t) }
CALL (i, row) { UNWIND row.partOf AS target MATCH (t:Entity {id: target}) CREATE (i)-[:PART_OF]->(t) }`,
  Person: `UNWIND $rows AS row MATCH (p:Entity {id: row.id})
CALL (p, row) { UNWIND row.affiliations AS a MATCH (i:Entity {id: a.institution}) CREATE (p)-[:AFFILIATED_WITH {role: a.role, from: a.from, until: a.until}]->(i) }`,
  Proposal: `UNWIND $rows AS row MATCH (p:Entity {id: row.id})
CALL (p, row) { WITH row WHERE row.revises IS NOT NULL MATCH (q:Entity {id: row.revises}) CREATE (p)-[:REVISES]->(q) }
CALL (p, row) { UNWIND row.authors AS author MATCH (a:Entity {id: author}) CREATE (a)-[:AUTHORED]->(p) }
CALL (p, row) { UNWIND row.terms AS term MATCH (t:Entity {id: term}) CREATE (p)-[:INCLUDES]->(t) }
CALL (p, row) { WITH row WHERE row.document IS NOT NULL MATCH (d:Entity {id: row.document}) CREATE (p)-[:REPORTED_IN]->(d) }
CALL (p, row) { UNWIND row.sources AS source MATCH (s:Entity {id: source}) CREATE (p)-[:CITES]->(s) }`,
  Event: `UNWIND $rows AS row MATCH (e:Entity {id: row.id})
CALL (e, row) { UNWIND row.participants AS participant MATCH (p:Entity {id: participant}) CREATE (p)-[:PARTICIPATED_IN]->(e) }
CALL (e, row) { WITH row WHERE row.document IS NOT NULL MATCH (d:Entity {id: row.document}) CREATE (e)-[:REPORTED_IN]->(d) }
CALL (e, row) { UNWIND row.sources AS source MATCH (s:Entity {id: source}) CREATE (e)-[:CITES]->(s) }`,
};

/** Positions are created with their relationships in one statement (everything they point to exists). */
const POSITIONS = `UNWIND $rows AS row
CREATE (p:Entity:Position) SET p = row.props
WITH p, row
MATCH (h:Entity {id: row.holder}) CREATE (h)-[:HOLDS]->(p)
WITH p, row
MATCH (t:Entity {id: row.term}) CREATE (p)-[:ON_TERM]->(t)
WITH p, row
CALL (p, row) { UNWIND row.sources AS source MATCH (s:Entity {id: source}) CREATE (p)-[:CITES]->(s) }
CALL (p, row) { WITH row WHERE row.document IS NOT NULL MATCH (d:Entity {id: row.document}) CREATE (p)-[:REPORTED_IN]->(d) }
CALL (p, row) { WITH row WHERE row.event IS NOT NULL MATCH (e:Entity {id: row.event}) CREATE (p)-[:AT_EVENT]->(e) }`;

function rowsOf(product: Product, file: string): RowsByKind {
  const parsed = product.parse.parseDataset(file, fs.readFileSync(file, 'utf8'), 'json');
  if (!parsed.dataset) throw new Error(`bench: ${file} does not parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return product.rows.toRows(parsed.dataset);
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The limit: the same rows (the product's own `toRows` output, so the same properties) written with
 * plain `UNWIND … CREATE` into an empty database, with the product's constraints in place, in
 * transactions of `batchSize` rows (one transaction for a million positions would not fit the heap).
 * Files are parsed one at a time; only the time spent in the database is counted.
 */
export async function bulkCreate(product: Product, db: Database, dataset: GeneratedDataset, batchSize = 10_000, neo4jPid?: number): Promise<BulkCreateResult> {
  const started = performance.now();
  const neo4jCpu0 = cpuMsOf(neo4jPid);
  const busy0 = machineBusyMs();
  const own0 = process.cpuUsage();
  let dbMs = 0;
  let transactions = 0;
  const write = async (query: string, rows: Row[]) => {
    const t = performance.now();
    await db.write((tx) => tx.run(query, { rows }));
    dbMs += performance.now() - t;
    transactions++;
  };
  for (const file of dataset.files) {
    const rows = rowsOf(product, file);
    for (const kind of product.rows.WRITE_ORDER) {
      if (kind === 'Position') continue;
      for (const batch of chunks(rows[kind], batchSize)) await write(`UNWIND $rows AS row CREATE (n:${LABELS[kind]}) SET n = row.props`, batch);
    }
    for (const kind of product.rows.WRITE_ORDER) {
      const query = RELATIONSHIPS[kind];
      if (query) for (const batch of chunks(rows[kind], batchSize)) await write(query, batch);
    }
    for (const batch of chunks(rows.Position, batchSize)) await write(POSITIONS, batch);
  }
  const seconds = dbMs / 1000;
  const neo4jCpu1 = cpuMsOf(neo4jPid);
  const busy1 = machineBusyMs();
  const own = process.cpuUsage(own0);
  return {
    seconds: round(seconds),
    neo4jCpuSeconds: neo4jCpu0 === undefined || neo4jCpu1 === undefined ? null : round((neo4jCpu1 - neo4jCpu0) / 1000, 1),
    foreignCpuShare: foreignShareOf(
      busy0,
      busy1,
      [neo4jCpu0 === undefined || neo4jCpu1 === undefined ? undefined : neo4jCpu1 - neo4jCpu0, (own.user + own.system) / 1000],
      performance.now() - started,
    ),
    wallSeconds: round((performance.now() - started) / 1000),
    batchSize,
    transactions,
    positionsPerSecond: Math.round(dataset.positions / seconds),
    recordsPerSecond: Math.round(dataset.rows / seconds),
  };
}

const INGEST_QUERY: Record<Kind, string> = {
  Source: 'ingest/sources',
  Document: 'ingest/documents',
  Institution: 'ingest/institutions',
  Person: 'ingest/persons',
  Term: 'ingest/terms',
  Proposal: 'ingest/proposals',
  Event: 'ingest/events',
  Position: 'ingest/positions',
};

/**
 * The naive way: one MERGE query per row, each in its own auto-commit transaction: the product's
 * own per-kind MERGE statements, sent with a one-row list, with no batching and no hash check.
 * Measured on a stratified sample of `sampleRows` rows (every kind in its share of the dataset, at
 * least one row each) and projected to the whole dataset from each kind's measured rate.
 */
export async function naiveMerge(product: Product, target: Neo4jTarget, dataset: GeneratedDataset, sampleRows = 5_000): Promise<NaiveResult> {
  const share = Math.min(1, sampleRows / dataset.rows);
  const wanted = Object.fromEntries(
    Object.entries(dataset.rowsByKind).map(([kind, total]) => [kind, total === 0 ? 0 : Math.min(total, Math.max(1, Math.round(total * share)))]),
  ) as Record<Kind, number>;
  // Collect the sample from the first files (entities first, then positions).
  const sample = Object.fromEntries(product.rows.WRITE_ORDER.map((k) => [k, [] as Row[]])) as RowsByKind;
  for (const file of dataset.files) {
    if (product.rows.WRITE_ORDER.every((k) => sample[k].length >= wanted[k])) break;
    const rows = rowsOf(product, file);
    for (const kind of product.rows.WRITE_ORDER) sample[kind].push(...rows[kind].slice(0, wanted[kind] - sample[kind].length));
  }

  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  const perKind: NaiveResult['perKind'] = {};
  try {
    for (const kind of product.rows.WRITE_ORDER) {
      const query = product.cypher.cypher(INGEST_QUERY[kind]);
      const t = performance.now();
      for (const row of sample[kind]) await session.run(query, { rows: [row] });
      perKind[kind] = { total: dataset.rowsByKind[kind] ?? 0, sampled: sample[kind].length, seconds: round((performance.now() - t) / 1000, 3) };
    }
  } finally {
    await session.close();
    await driver.close();
  }
  const measured = Object.values(perKind);
  const sampleSeconds = measured.reduce((n, k) => n + k.seconds, 0);
  const estimatedSeconds = measured.reduce((n, k) => n + (k.sampled ? (k.seconds / k.sampled) * k.total : 0), 0);
  const sampled = measured.reduce((n, k) => n + k.sampled, 0);
  return {
    sampleRows: sampled,
    sampleSeconds: round(sampleSeconds),
    perKind,
    estimatedSeconds: round(estimatedSeconds),
    extrapolated: sampled < dataset.rows,
    positionsPerSecond: Math.round(dataset.positions / estimatedSeconds),
    recordsPerSecond: Math.round(dataset.rows / estimatedSeconds),
  };
}

export interface StatementCostResult {
  positions: number;
  batchSize: number;
  trials: number;
  /** Mean per trial: the product's write path (classify + MERGE statements, `writeRows`) vs the limit's CREATE. */
  product: { ms: number; neo4jCpuMs: number | null };
  create: { ms: number; neo4jCpuMs: number | null };
}

/**
 * The same positions written into the same (full) graph by the product's own write path and by the
 * limit's CREATE statement, alternately, in batches of the same size: isolates what the product's
 * statements cost the database from everything else an ingest does (process start, parsing,
 * validation, entities). Each trial's rows get fresh ids and are deleted afterwards (not timed).
 */
export async function statementCost(product: Product, db: Database, dataset: GeneratedDataset, neo4jPid?: number, trials = 2, batchSize = 2_000): Promise<StatementCostResult> {
  const file = dataset.files.find((f) => f.includes('positions')) ?? dataset.files[0]!;
  const base = rowsOf(product, file).Position.slice(0, 10_000);
  const empty = () => Object.fromEntries(product.rows.WRITE_ORDER.map((k) => [k, [] as Row[]])) as RowsByKind;
  const results = { product: [] as [number, number | null][], create: [] as [number, number | null][] };
  for (let trial = 0; trial < trials; trial++) {
    for (const way of ['create', 'product'] as const) {
      const suffix = `-bench-${way}-${trial}`;
      const rows = base.map((r) => ({ ...r, id: r.id + suffix, props: { ...r.props, id: r.id + suffix } }));
      const cpu0 = cpuMsOf(neo4jPid);
      const started = performance.now();
      if (way === 'product') {
        await product.write.writeRows(db, { ...empty(), Position: rows }, { batchSize });
      } else {
        for (const batch of chunks(rows, batchSize)) await db.write((tx) => tx.run(POSITIONS, { rows: batch }));
      }
      const ms = performance.now() - started;
      const cpu1 = cpuMsOf(neo4jPid);
      results[way].push([ms, cpu0 === undefined || cpu1 === undefined ? null : cpu1 - cpu0]);
      await db.runAutoCommit(
        'UNWIND $ids AS id MATCH (p:Position {id: id}) CALL (p) { DETACH DELETE p } IN TRANSACTIONS OF 5000 ROWS',
        { ids: rows.map((r) => r.id) },
      );
    }
  }
  const mean = (xs: [number, number | null][]) => ({
    ms: Math.round(xs.reduce((a, [v]) => a + v, 0) / xs.length),
    neo4jCpuMs: xs.some(([, c]) => c === null) ? null : Math.round(xs.reduce((a, [, c]) => a + c!, 0) / xs.length),
  });
  return { positions: base.length, batchSize, trials, product: mean(results.product), create: mean(results.create) };
}
