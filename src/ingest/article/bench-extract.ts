import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleDataset } from '../../paths.js';
import { articlesDir } from './evaluate.js';
import { knownFromDataset } from './evaluation/known.js';
import { extractArticle } from './extract.js';

/**
 * Extraction throughput, excluding database writes: the articles in data/articles concatenated to
 * about `bytes` of text, extracted against the curated example's stakeholders and terms, after a
 * warm-up. Reports MB per CPU-second (per core), which a busy machine distorts less than wall time.
 * `node dist/ingest/article/bench-extract.js [megabytes]`
 */
export interface ExtractBench {
  bytes: number;
  cpuSeconds: number;
  wallSeconds: number;
  mbPerCpuSecond: number;
  positions: number;
}

export function syntheticCorpus(bytes: number, dir = articlesDir): string {
  const texts = fs.readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    length += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

export function benchExtract(bytes = 1024 * 1024, runs = 2): ExtractBench {
  const known = knownFromDataset(exampleDataset);
  const corpus = syntheticCorpus(bytes);
  // Steady state, per core: one full run warms up the JIT and sizes the heap, then the best of `runs`.
  extractArticle(corpus, known.stakeholders, known.terms);
  let best: ExtractBench | undefined;
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const x = extractArticle(corpus, known.stakeholders, known.terms);
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const result = { bytes: Buffer.byteLength(corpus), cpuSeconds, wallSeconds: (performance.now() - wall) / 1000, mbPerCpuSecond: Buffer.byteLength(corpus) / 1e6 / cpuSeconds, positions: x.positions.length };
    if (!best || result.mbPerCpuSecond > best.mbPerCpuSecond) best = result;
  }
  return best!;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mb = Number(process.argv[2] ?? 1);
  const r = benchExtract(mb * 1024 * 1024, 3);
  process.stdout.write(`extract: ${(r.bytes / 1e6).toFixed(2)} MB, ${r.positions} positions, ${r.cpuSeconds.toFixed(2)} s CPU (${r.wallSeconds.toFixed(2)} s wall): ${r.mbPerCpuSecond.toFixed(2)} MB/s per core\n`);
}
