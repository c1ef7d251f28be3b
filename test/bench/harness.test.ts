import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BenchResults, runHarness } from '../../bench/harness.js';
import { QUESTION_NAMES, SERVER_NAMES } from '../../bench/questions.js';
import { evaluateTargets, renderReport } from '../../bench/report.js';
import { useCleanGraph } from '../helpers/db.js';

/**
 * A smoke run of `npm run bench` at a tiny scale against the test run's Neo4j: every stage runs
 * (generate, the three ingest ways, PROFILE, the three servers under load, the report), so the
 * harness cannot rot between real benchmark runs. The figures themselves mean nothing here.
 */
describe('the benchmark harness, at 300 positions', () => {
  const db = useCleanGraph();
  let results: BenchResults;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));

  beforeAll(async () => {
    const { uri, user, password, database } = inject('neo4j');
    results = await runHarness({
      scales: [300],
      connections: 2,
      durationS: 1,
      warmupS: 0,
      naiveSampleRows: 50,
      bulkBatchSize: 10_000,
      rounds: 1,
      servers: 'inline',
      neo4j: { kind: 'external', target: { uri, user, password, database } },
      datasetCacheDir: work,
      seed: 1,
      log: () => {},
    });
  }, 120_000);

  afterAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('measures the three ways of ingesting', () => {
    const [scale] = results.scales;
    expect(scale!.positions).toBe(300);
    const { cli, limit, naive } = scale!.ingest;
    expect(cli.summary).toMatch(/positions 300\/0\/0/);
    expect(cli.peakMemoryMb).toBeGreaterThan(0);
    for (const way of [cli, limit!, naive!]) expect(way.positionsPerSecond).toBeGreaterThan(0);
    expect(naive!.sampleRows).toBeGreaterThan(0);
    expect(scale!.graph.nodes).toBeGreaterThan(300);
  });

  it('has every question on every server, with non-zero throughput and sane latencies', () => {
    const [scale] = results.scales;
    for (const question of QUESTION_NAMES) {
      for (const server of SERVER_NAMES) {
        const scenario = scale!.queries[question][server];
        expect(scenario, `${question} on ${server}`).toBeDefined();
        const { load, profile } = scenario;
        expect(load.requests, `${question} on ${server}`).toBeGreaterThan(0);
        expect(load.rps).toBeGreaterThan(0);
        expect(load.non2xx + load.errors + load.graphqlErrors).toBe(0);
        const { p50, p99 } = load.latencyMs;
        expect(p50).toBeGreaterThan(0);
        expect(p50!).toBeLessThanOrEqual(p99!);
        expect(p99!).toBeLessThan(10_000);
        expect(profile.roundTrips).toBeGreaterThan(0);
        expect(profile.dbHits).toBeGreaterThan(0);
        expect(profile.responseBytes).toBeGreaterThan(20);
      }
      // The limit runs the product's own statements, so their cost in the database is the same.
      expect(scale!.queries[question].bare.profile.sameStatementsAsOurs).toBe(true);
      expect(scale!.queries[question].ours.profile.reportedRoundTrips).toBe(scale!.queries[question].ours.profile.roundTrips);
      // A repeated question costs the cached server one round trip: the graph's version.
      expect(scale!.queries[question].cached.profile.roundTrips).toBe(1);
    }
  });

  it('renders BENCHMARKS.md with every target judged', () => {
    const targets = evaluateTargets(results);
    // Seven targets, the two throughput ones judged with the answer cache on as well (p99 needs a 100k scale).
    expect(targets.map((t) => t.id)).toEqual(expect.arrayContaining(['query-vs-bare', 'query-vs-peer', 'query-vs-bare-cached', 'query-vs-peer-cached']));
    expect(targets.length).toBe(9);
    const markdown = renderReport(results);
    for (const question of QUESTION_NAMES) expect(markdown).toContain(question);
    expect(markdown).toContain('How to reproduce');
  });
});
