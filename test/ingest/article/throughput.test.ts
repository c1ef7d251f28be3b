import { describe, expect, it } from 'vitest';
import { benchExtract } from '../../../src/ingest/article/bench-extract.js';

describe('extraction throughput (no database writes)', () => {
  it('extracts at least 1 MB of article text per CPU-second', () => {
    const r = benchExtract(1024 * 1024, 5);
    console.log(`[throughput] ${(r.bytes / 1e6).toFixed(2)} MB → ${r.positions} positions in ${r.cpuSeconds.toFixed(2)} s CPU (${r.wallSeconds.toFixed(2)} s wall): ${r.mbPerCpuSecond.toFixed(2)} MB/s per core`);
    expect(r.bytes).toBeGreaterThanOrEqual(1024 * 1024);
    expect(r.positions).toBeGreaterThan(1000);
    expect(r.mbPerCpuSecond).toBeGreaterThanOrEqual(1);
  });
});
