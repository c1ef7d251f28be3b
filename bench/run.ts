/**
 * `npm run bench` — ingest and query benchmarks against the limit and the peer (issue 7).
 *
 *   node dist-bench/bench/run.js [--scale=10k,100k,1M] [--quick] [--duration=10] [--warmup=3]
 *        [--connections=16] [--naive-sample=5000] [--heap=2g] [--pagecache=2048] [--seed=1]
 *        [--rounds=2] [--work-dir=/tmp/stancegraph-bench] [--no-report]
 *        [--project-root=DIR --proposal=NAME [--skip=naive,limit,queries] [--questions=a,b]]
 *
 * Writes bench/results/<timestamp>.json and bench/results/latest.json, and regenerates
 * BENCHMARKS.md from them (unless --no-report).
 *
 * With --proposal=NAME and --project-root=DIR (a copy of the project with bench/proposals/NAME.patch
 * applied and built), runs the same benchmark on this checkout (before) and on the copy (after), back
 * to back, and writes bench/proposals/NAME.results.json, which BENCHMARKS.md then reports.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runHarness } from './harness.js';
import { projectRoot } from './project.js';
import { QUESTION_NAMES, type QuestionName } from './questions.js';
import { writeReport } from './report.js';

function parseScale(value: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(value.trim());
  if (!m) throw new Error(`--scale: cannot read ${JSON.stringify(value)} (examples: 10k, 100k, 1M, 300)`);
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1_000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
  if (!Number.isInteger(n) || n < 100) throw new Error(`--scale: ${value} is not a whole number of at least 100 positions`);
  return n;
}

function parseArgs(argv: string[]) {
  const flags = new Map<string, string | true>();
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg} (see the header of bench/run.ts)`);
    flags.set(m[1]!, m[2] ?? true);
  }
  const known = ['scale', 'quick', 'duration', 'warmup', 'connections', 'naive-sample', 'heap', 'pagecache', 'seed', 'rounds', 'work-dir', 'project-root', 'proposal', 'skip', 'questions', 'no-report'];
  for (const key of flags.keys()) if (!known.includes(key)) throw new Error(`unknown option --${key}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  const quick = flags.has('quick');
  const num = (key: string, fallback: number) => {
    const v = flags.get(key);
    if (v === undefined || v === true) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${key}: expected a positive number, got ${v}`);
    return n;
  };
  const str = (key: string, fallback: string) => {
    const v = flags.get(key);
    return typeof v === 'string' ? v : fallback;
  };
  const scaleFlag = flags.get('scale');
  return {
    scales: (typeof scaleFlag === 'string' ? scaleFlag : quick ? '10k,100k' : '10k,100k,1M').split(',').map(parseScale),
    quick,
    durationS: num('duration', quick ? 3 : 10),
    warmupS: num('warmup', quick ? 1 : 3),
    connections: num('connections', 16),
    naiveSampleRows: num('naive-sample', quick ? 1_000 : 5_000),
    heap: str('heap', '2g'),
    pageCacheMb: num('pagecache', 2048),
    seed: num('seed', 1),
    rounds: num('rounds', quick ? 1 : 2),
    proposal: typeof flags.get('proposal') === 'string' ? (flags.get('proposal') as string) : undefined,
    questions: (typeof flags.get('questions') === 'string' ? (flags.get('questions') as string).split(',') : []).map((q) => {
      if (!(QUESTION_NAMES as readonly string[]).includes(q)) throw new Error(`--questions: unknown question ${q} (${QUESTION_NAMES.join(', ')})`);
      return q as QuestionName;
    }),
    skip: (typeof flags.get('skip') === 'string' ? (flags.get('skip') as string).split(',') : []).map((phase) => {
      if (phase !== 'naive' && phase !== 'limit' && phase !== 'queries') throw new Error(`--skip: unknown phase ${phase} (naive, limit, queries)`);
      return phase;
    }),
    workDir: path.resolve(str('work-dir', path.join(os.tmpdir(), 'stancegraph-bench'))),
    projectRoot: typeof flags.get('project-root') === 'string' ? path.resolve(flags.get('project-root') as string) : undefined,
    report: !flags.has('no-report'),
  };
}

const args = parseArgs(process.argv.slice(2));
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
fs.mkdirSync(args.workDir, { recursive: true });
log(`bench: scales ${args.scales.join(', ')}; ${args.connections} connections, ${args.warmupS} s warm-up + ${args.durationS} s per scenario; work dir ${args.workDir}`);

const base = {
  scales: args.scales,
  connections: args.connections,
  durationS: args.durationS,
  warmupS: args.warmupS,
  naiveSampleRows: args.naiveSampleRows,
  bulkBatchSize: 10_000,
  rounds: args.rounds,
  skip: args.skip,
  questions: args.questions,
  servers: 'child' as const,
  datasetCacheDir: path.join(args.workDir, 'datasets'),
  seed: args.seed,
  log,
};
const neo4jFor = (tag: string) => ({ kind: 'own' as const, workDir: path.join(args.workDir, `run-${process.pid}-${tag}`), heap: args.heap, pageCacheMb: args.pageCacheMb });
const resultsDir = path.join(projectRoot, 'bench', 'results');

if (args.proposal) {
  if (!args.projectRoot) throw new Error('--proposal needs --project-root (a patched, built copy of the project)');
  const patch = path.join(projectRoot, 'bench', 'proposals', `${args.proposal}.patch`);
  if (!fs.existsSync(patch)) throw new Error(`no such proposal: ${path.relative(projectRoot, patch)}`);
  // The description is the patch's leading comment block (the lines before the first "diff --git").
  const description = fs.readFileSync(patch, 'utf8').split(/^(?:diff |--- a\/)/m)[0]!.trim();
  log(`bench: proposal ${args.proposal}: before (this checkout)…`);
  const before = await runHarness({ ...base, neo4j: neo4jFor('before') });
  log(`bench: proposal ${args.proposal}: after (${args.projectRoot})…`);
  const after = await runHarness({ ...base, neo4j: neo4jFor('after'), projectRoot: args.projectRoot });
  const out = path.join(projectRoot, 'bench', 'proposals', `${args.proposal}.results.json`);
  fs.writeFileSync(out, `${JSON.stringify({ name: args.proposal, description, before, after }, null, 2)}\n`);
  log(`bench: ${path.relative(projectRoot, out)} written`);
  if (args.report && fs.existsSync(path.join(resultsDir, 'latest.json'))) {
    writeReport(path.join(resultsDir, 'latest.json'), path.join(projectRoot, 'BENCHMARKS.md'));
    log('bench: BENCHMARKS.md regenerated');
  }
} else {
  const results = await runHarness({ ...base, neo4j: neo4jFor('main'), ...(args.projectRoot ? { projectRoot: args.projectRoot } : {}) });
  fs.mkdirSync(resultsDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify({ ...results, quick: args.quick }, null, 2)}\n`;
  const file = path.join(resultsDir, `${stamp}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(resultsDir, 'latest.json'), json);
  log(`bench: results in ${path.relative(projectRoot, file)} and bench/results/latest.json (${results.seconds} s in all)`);
  if (args.report) {
    writeReport(path.join(resultsDir, 'latest.json'), path.join(projectRoot, 'BENCHMARKS.md'));
    log('bench: BENCHMARKS.md regenerated');
  }
}
