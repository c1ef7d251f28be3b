import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { type Dataset, DATASET_SECTIONS } from '../../model/dataset.js';
import { NODE_KINDS, type NodeKind } from '../../model/vocabulary.js';
import { InputProblemsError, type Problem } from '../problems.js';
import { formatOf, readTextInput } from '../read-input.js';
import { type Locator, parseDataset } from './parse.js';
import { type Definition, type Reference, collectDefinitionsAndReferences, resolveReferences } from './references.js';
import { positionIds, toRows } from './rows.js';
import { type IngestCounts, addCounts, emptyCounts, writeRows } from './write.js';

export interface DatasetIngestOptions {
  dryRun?: boolean;
  batchSize?: number;
  /** Called with the number of rows (nodes) the run will write, once validation passed. */
  onStart?: (totalRows: number) => void;
  onProgress?: (rowsDone: number) => void;
}

export interface DatasetIngestReport {
  files: number;
  rows: number;
  dryRun: boolean;
  counts: IngestCounts;
}

/** Above this much input, parsed files are not kept between validation and writing. */
const KEEP_PARSED_BYTES = 8 * 1024 * 1024;
const LOOKUP_CHUNK = 10_000;

/** Ids this file defines that the graph already holds as another kind of node. */
async function idsTakenInGraph(db: Database, file: string, dataset: Dataset, positions: string[], defined: Map<string, Definition>): Promise<Problem[]> {
  const ids = DATASET_SECTIONS.flatMap(([section]) =>
    section === 'positions' ? positions : dataset[section].map((record) => record.id),
  );
  const problems: Problem[] = [];
  for (const [id, kind] of await kindsInGraph(db, ids)) {
    const def = defined.get(id);
    if (kind && def && def.file === file && def.kind !== kind) {
      problems.push({ file, path: `${def.path}.id`, message: `id ${JSON.stringify(id)} is already used by a ${kind.toLowerCase()} in the graph` });
    }
  }
  return problems;
}

function load(file: string): { dataset?: Dataset; locate?: Locator; problems: Problem[]; bytes: number } {
  const read = readTextInput(file);
  if ('problem' in read) return { problems: [read.problem], bytes: 0 };
  const format = formatOf(file);
  if (format !== 'yaml' && format !== 'json') {
    return { problems: [{ file, message: 'not a dataset file (.yaml, .yml or .json)' }], bytes: read.text.length };
  }
  return { ...parseDataset(file, read.text, format), bytes: read.text.length };
}

async function kindsInGraph(db: Database, ids: string[]): Promise<Map<string, NodeKind | undefined>> {
  const found = new Map<string, NodeKind | undefined>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const rows = await db.query<{ id: string; kind: NodeKind | null }>(cypher('ingest/lookup-kinds'), {
      ids: ids.slice(i, i + LOOKUP_CHUNK),
      kinds: NODE_KINDS,
    });
    for (const r of rows) found.set(r.id, r.kind ?? undefined);
  }
  return found;
}

/**
 * Ingests curated dataset files: every file is validated, and every reference resolved against the
 * run and the graph, before anything is written. Any problem aborts the run with all problems listed.
 */
export async function ingestDatasets(db: Database, files: string[], options: DatasetIngestOptions = {}): Promise<DatasetIngestReport> {
  const problems: Problem[] = [];
  const defined = new Map<string, Definition>();
  const references: Reference[] = [];
  const locators = new Map<string, Locator>();
  const parsed = new Map<string, Dataset>();
  let bytes = 0;
  let rows = 0;

  for (const file of files) {
    const loaded = load(file);
    problems.push(...loaded.problems);
    bytes += loaded.bytes;
    if (!loaded.dataset || !loaded.locate) continue;
    const ids = positionIds(loaded.dataset);
    const collected = collectDefinitionsAndReferences(file, loaded.dataset, ids, defined, loaded.locate);
    problems.push(...collected.problems);
    references.push(...collected.references);
    problems.push(...(await idsTakenInGraph(db, file, loaded.dataset, ids, defined)));
    rows += DATASET_SECTIONS.reduce((n, [section]) => n + loaded.dataset![section].length, 0);
    if (bytes <= KEEP_PARSED_BYTES) {
      parsed.set(file, loaded.dataset);
      locators.set(file, loaded.locate);
    }
  }
  if (problems.length) throw new InputProblemsError(problems);

  const unresolved = [...new Set(references.map((r) => r.id).filter((id) => !defined.has(id)))];
  const inGraph = await kindsInGraph(db, unresolved);
  const locate = (file: string): Locator => locators.get(file) ?? load(file).locate ?? (() => undefined);
  problems.push(...resolveReferences(references, defined, inGraph, locate));
  if (problems.length) throw new InputProblemsError(problems);

  options.onStart?.(rows);
  const counts = emptyCounts();
  if (!options.dryRun) {
    for (const file of files) {
      const dataset = parsed.get(file) ?? load(file).dataset!;
      addCounts(counts, await writeRows(db, toRows(dataset), { batchSize: options.batchSize, onProgress: options.onProgress }));
    }
  }
  return { files: files.length, rows, dryRun: options.dryRun ?? false, counts };
}
