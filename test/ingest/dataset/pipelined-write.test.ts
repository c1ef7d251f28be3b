import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { ingestDatasets } from '../../../src/ingest/dataset/ingest-datasets.js';
import { parseDataset, parseValidatedDataset } from '../../../src/ingest/dataset/parse.js';
import { NO_RECORDS, WRITE_ORDER, recordCount, rowBuilder, toRows } from '../../../src/ingest/dataset/rows.js';
import { type Batch, batchSlices, pause, writeBatches } from '../../../src/ingest/dataset/write.js';
import { generateDataset, writeGeneratedDataset } from '../../../src/ingest/generate.js';
import { InputProblemsError } from '../../../src/ingest/problems.js';
import { exampleDataset } from '../../../src/paths.js';
import { MINI_DATASET } from '../../fixtures/mini-dataset.js';
import { cleanGraph, useCleanGraph } from '../../helpers/db.js';
import { graphFingerprint } from '../../helpers/graph-fingerprint.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipelined-write-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A generated dataset in parts of `perFile` records: entities first, then positions. */
function generatedParts(name: string, positions: number, perFile: number): string[] {
  return writeGeneratedDataset(generateDataset({ positions, seed: 7 }), path.join(dir, name), perFile);
}

const countOf = async (db: Database, label: string) =>
  (await db.query<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`))[0]!.n;

describe('preparing writes a slice at a time', () => {
  it('parses a validated file again to exactly what validation parsed, whatever the slice size', async () => {
    const files = [exampleDataset, ...generatedParts('parse', 600, 250)];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const format = file.endsWith('.json') ? 'json' : 'yaml';
      const validated = parseDataset(file, text, format).dataset;
      expect(validated).toBeDefined();
      for (const slice of [1, 7, 250, 10_000]) expect(await parseValidatedDataset(file, text, format, pause, slice)).toEqual(validated);
    }
  });

  it('builds the same rows slice by slice as all at once', () => {
    const dataset = parseDataset(exampleDataset, fs.readFileSync(exampleDataset, 'utf8'), 'yaml').dataset!;
    const all = toRows(dataset);
    const rows = rowBuilder(dataset);
    for (const kind of WRITE_ORDER) {
      const n = recordCount(dataset, kind);
      const sliced = [];
      for (let i = 0; i < n; i += 3) sliced.push(...rows(kind, i, Math.min(n, i + 3)));
      expect(sliced).toEqual(all[kind]);
    }
  });

  it('cuts batches across kinds in write order, as many rows each as allowed', () => {
    expect([...batchSlices([['Source', 3], ['Document', 0], ['Term', 5], ['Position', 4]], 4)]).toEqual([
      [['Source', 0, 3], ['Term', 0, 1]],
      [['Term', 1, 5]],
      [['Position', 0, 4]],
    ]);
    expect(() => [...batchSlices([['Source', 3]], 0)]).toThrow(/batch size must be a whole number/);
  });
});

describe('pipelined dataset writes', () => {
  const db = useCleanGraph();

  it('prepares the next batch while the current one is written, and never more than one ahead', async () => {
    const events: string[] = [];
    const terms = Array.from({ length: 10 }, (_, i) => ({ id: `term:pipe-${i}`, label: `Pipe ${i}`, aliases: [] }));
    async function* source(): AsyncGenerator<Batch> {
      for (let k = 0; k < 5; k++) {
        events.push(`prepare ${k}`);
        await pause();
        yield [['Term', toRows({ ...NO_RECORDS, terms: terms.slice(2 * k, 2 * k + 2) }).Term]];
      }
    }
    let k = 0;
    const spy = Object.assign(Object.create(db()) as Database, {
      write: <T>(work: Parameters<Database['write']>[0]) => {
        const n = k++;
        events.push(`write ${n}`);
        return db()
          .write(work)
          .finally(() => events.push(`written ${n}`)) as Promise<T>;
      },
    });
    const progress: number[] = [];
    const counts = await writeBatches(spy, source(), { onProgress: (n) => progress.push(n) });
    expect(counts.Term).toMatchObject({ created: 10, updated: 0, unchanged: 0 });
    expect(progress).toEqual([2, 2, 2, 2, 2]);
    for (let n = 0; n < 5; n++) {
      // Batch n+1 is prepared only once batch n is being written; batch n+2 only once batch n is written.
      if (n + 1 < 5) expect(events.indexOf(`prepare ${n + 1}`)).toBeGreaterThan(events.indexOf(`write ${n}`));
      if (n + 2 < 5) expect(events.indexOf(`prepare ${n + 2}`)).toBeGreaterThan(events.indexOf(`written ${n}`));
      if (n > 0) expect(events.indexOf(`write ${n}`)).toBeGreaterThan(events.indexOf(`written ${n - 1}`));
    }
    expect(await countOf(db(), 'Term')).toBe(10);
  });

  it('stops at a failed batch: what was written stays, nothing after it is written', async () => {
    await cleanGraph(db());
    async function* source(): AsyncGenerator<Batch> {
      yield [['Term', toRows({ ...NO_RECORDS, terms: [{ id: 'term:first', label: 'First', aliases: [] }] }).Term]];
      // A position whose holder does not exist: createPositions refuses the batch.
      const position = { holder: 'person:nobody', term: 'term:first', stance: 'OPPOSED' as const, confidence: 1, status: 'CURATED' as const, sources: ['src:none'] };
      yield [['Position', toRows({ ...NO_RECORDS, positions: [position] }).Position]];
      yield [['Term', toRows({ ...NO_RECORDS, terms: [{ id: 'term:third', label: 'Third', aliases: [] }] }).Term]];
    }
    await expect(writeBatches(db(), source())).rejects.toThrow(/deleted while the ingest ran/);
    expect(await countOf(db(), 'Term')).toBe(1);
    expect(await countOf(db(), 'Position')).toBe(0);
  });

  it('writes positions whose holder, term or sources a later file defines after that file (any file order works)', async () => {
    const parts = generatedParts('order', 300, 100);
    await cleanGraph(db());
    await ingestDatasets(db(), parts);
    const natural = await graphFingerprint(db());

    await cleanGraph(db());
    const reversed = await ingestDatasets(db(), [...parts].reverse(), { batchSize: 64 });
    expect(reversed.counts.Position).toMatchObject({ created: 300, updated: 0, unchanged: 0 });
    expect(await graphFingerprint(db())).toEqual(natural);
    const again = await ingestDatasets(db(), [...parts].reverse());
    expect(again.counts.Position).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
    expect(await graphFingerprint(db())).toEqual(natural);
  });

  it('parses large inputs again to write them, building the same graph as when kept parsed', async () => {
    const parts = generatedParts('large', 300, 100);
    await cleanGraph(db());
    await ingestDatasets(db(), parts);
    const kept = await graphFingerprint(db());

    // Over 8 MB in all (JSON allows trailing white space), so files are not kept between validation and writing.
    const padded = parts.map((file) => {
      const copy = file.replace(/\.json$/, '.padded.json');
      fs.writeFileSync(copy, fs.readFileSync(file, 'utf8') + ' '.repeat(1024 * 1024));
      return copy;
    });
    await cleanGraph(db());
    const report = await ingestDatasets(db(), padded);
    expect(report.counts.Position).toMatchObject({ created: 300 });
    expect(await graphFingerprint(db())).toEqual(kept);
  });

  it('refuses to write a large input file that changed after it was validated', async () => {
    const parts = generatedParts('changed', 200, 100).map((file) => {
      fs.appendFileSync(file, ' '.repeat(1024 * 1024));
      return file;
    });
    const positions = parts.filter((file) => file.includes('positions'));
    await cleanGraph(db());
    const run = ingestDatasets(db(), parts, {
      onStart: () => fs.appendFileSync(positions[0]!, '\n'),
    });
    await expect(run).rejects.toThrow(/changed after it was validated; the ingest stopped before writing it/);
    expect(await countOf(db(), 'Term')).toBeGreaterThan(0);
    expect(await countOf(db(), 'Position')).toBe(0);
  });
});

describe('looking the ids of a run up in the graph', () => {
  const db = useCleanGraph();
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const problemsOf = async (run: Promise<unknown>) => {
    const error = await run.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputProblemsError);
    return (error as InputProblemsError).problems.map((p) => `${path.basename(p.file)} ${p.path}: ${p.message}`);
  };

  beforeAll(async () => {
    await ingestDatasets(db(), [write('mini.yaml', MINI_DATASET)]);
  });

  it('reports ids the graph holds as another kind of node, file by file in order', async () => {
    const header = 'dataset:\n  id: taken\n  title: Taken\n';
    const first = write('first.yaml', `${header}sources:\n  - id: term:border\n    url: https://example.org/x\n`);
    const second = write('second.yaml', `${header}terms:\n  - id: ok:term\n    label: Fine\n`);
    const third = write('third.yaml', `${header}terms:\n  - id: person:bea\n    label: Bea as a term\n`);
    expect(await problemsOf(ingestDatasets(db(), [first, second, third]))).toEqual([
      'first.yaml sources[0].id: id "term:border" is already used by a term in the graph',
      'third.yaml terms[0].id: id "person:bea" is already used by a person in the graph',
    ]);
  });

  it('looks them up after all when the graph, empty when validation began, is not by its end', async () => {
    await cleanGraph(db());
    let checks = 0;
    const spy = Object.assign(Object.create(db()) as Database, {
      query: async (...args: Parameters<Database['query']>) => {
        const rows = await db().query(...args);
        // Someone else writes a term with one of the run's source ids while the run is validating.
        if (args[0].includes('hasEntities') && checks++ === 0) await db().write((tx) => tx.run("CREATE (:Entity:Term {id: 'src:one', label: 'Sneaked in'})"));
        return rows;
      },
    });
    expect(await problemsOf(ingestDatasets(spy, [write('mini-again.yaml', MINI_DATASET)]))).toEqual([
      'mini-again.yaml sources[0].id: id "src:one" is already used by a term in the graph',
    ]);
    expect(await countOf(db(), 'Position')).toBe(0);
  });
});
