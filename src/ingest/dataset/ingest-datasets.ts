import fs from 'node:fs';
import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { type Dataset, DATASET_SECTIONS } from '../../model/dataset.js';
import { NODE_KINDS, type NodeKind } from '../../model/vocabulary.js';
import { InputProblemsError, type Problem, formatPath } from '../problems.js';
import { formatOf, readTextInput } from '../read-input.js';
import { recountStaleTerms } from '../term-stance-counts.js';
import { type Locator, parseDataset } from './parse.js';
import { type Definition, IdRegistry } from './id-registry.js';
import { type Reference, collectDefinitionsAndReferences, definitionsIn, duplicateMessage, resolveReferences, sectionOf } from './references.js';
import { positionIds, toRows } from './rows.js';
import { type IngestCounts, addCounts, emptyCounts, writeRows } from './write.js';

export interface DatasetIngestOptions {
  dryRun?: boolean;
  batchSize?: number;
  /** Replace what editors changed through the API since (see writeRows). */
  overwriteEdits?: boolean;
  /** Called with the number of rows (nodes) the run will write, once validation passed. */
  onStart?: (totalRows: number) => void;
  onProgress?: (rowsDone: number) => void;
}

export interface DatasetIngestReport {
  files: number;
  rows: number;
  dryRun: boolean;
  counts: IngestCounts;
  /** Whether index statistics and query plans were refreshed after writing (cypher/schema/prepare-for-replanning.cypher). */
  plansRefreshed: boolean;
}

/**
 * Up to this much input in all, parsed files are kept between validation and writing; above it
 * each is parsed again when written, so memory holds one file at a time.
 */
const KEEP_PARSED_BYTES = 8 * 1024 * 1024;
const LOOKUP_CHUNK = 10_000;

/** Ids this file defines that the graph already holds as another kind of node. */
async function idsTakenInGraph(db: Database, file: string, dataset: Dataset, positions: string[], locate: Locator): Promise<Problem[]> {
  const inGraph = await kindsInGraph(db, [...definitionsIn(dataset, positions)].map(([id]) => id));
  const problems: Problem[] = [];
  for (const [id, kind, i] of definitionsIn(dataset, positions)) {
    const taken = inGraph.get(id);
    if (taken && taken !== kind) {
      const path = [sectionOf(kind), i, 'id'];
      problems.push({ file, ...locate(path), path: formatPath(path), message: `id ${JSON.stringify(id)} is already used by a ${taken.toLowerCase()} in the graph` });
    }
  }
  return problems;
}

/**
 * The second look the registry asks for: ids whose hash repeated are compared as strings, and
 * only real repeats are reported.
 */
function confirmDuplicates(files: string[], suspects: Set<string>, datasetOf: (file: string) => Dataset | undefined, locate: (file: string) => Locator): Problem[] {
  const first = new Map<string, Definition>();
  const problems: Problem[] = [];
  for (const file of files) {
    const dataset = datasetOf(file);
    if (!dataset) continue;
    for (const [id, kind, index] of definitionsIn(dataset, positionIds(dataset))) {
      if (!suspects.has(id)) continue;
      const previous = first.get(id);
      if (!previous) {
        first.set(id, { kind, file, index });
        continue;
      }
      const path = [sectionOf(kind), index, 'id'];
      problems.push({ file, ...locate(file)(path), path: formatPath(path), message: duplicateMessage(id, previous) });
    }
  }
  return problems;
}

function load(file: string): { dataset?: Dataset; locate?: Locator; problems: Problem[] } {
  const read = readTextInput(file);
  if ('problem' in read) return { problems: [read.problem] };
  const format = formatOf(file);
  if (format !== 'yaml' && format !== 'json') {
    return { problems: [{ file, message: 'not a dataset file (.yaml, .yml or .json)' }] };
  }
  return parseDataset(file, read.text, format);
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
  const registry = new IdRegistry();
  const suspects = new Set<string>();
  const references: Reference[] = [];
  const locators = new Map<string, Locator>();
  const parsed = new Map<string, Dataset>();
  let rows = 0;
  const keepParsed = files.reduce((n, file) => n + (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0) <= KEEP_PARSED_BYTES;

  for (const file of files) {
    const loaded = load(file);
    problems.push(...loaded.problems);
    if (!loaded.dataset || !loaded.locate) continue;
    const ids = positionIds(loaded.dataset);
    const collected = collectDefinitionsAndReferences(file, loaded.dataset, ids, registry, loaded.locate);
    problems.push(...collected.problems);
    references.push(...collected.references);
    for (const id of collected.suspects) suspects.add(id);
    problems.push(...(await idsTakenInGraph(db, file, loaded.dataset, ids, loaded.locate)));
    rows += DATASET_SECTIONS.reduce((n, [section]) => n + loaded.dataset![section].length, 0);
    if (keepParsed) {
      parsed.set(file, loaded.dataset);
      locators.set(file, loaded.locate);
    }
  }
  const locate = (file: string): Locator => locators.get(file) ?? load(file).locate ?? (() => undefined);
  const datasetOf = (file: string) => parsed.get(file) ?? load(file).dataset;
  if (suspects.size) problems.push(...confirmDuplicates(files, suspects, datasetOf, locate));
  if (problems.length) throw new InputProblemsError(problems);

  const unresolved = [...new Set(references.map((r) => r.id).filter((id) => !registry.entity(id)))];
  const inGraph = await kindsInGraph(db, unresolved);
  problems.push(...resolveReferences(references, registry, inGraph, locate));
  if (problems.length) throw new InputProblemsError(problems);

  options.onStart?.(rows);
  const counts = emptyCounts();
  if (!options.dryRun) {
    for (const file of files) {
      addCounts(counts, await writeRows(db, toRows(datasetOf(file)!), { batchSize: options.batchSize, overwriteEdits: options.overwriteEdits, onProgress: options.onProgress }));
    }
  }
  let plansRefreshed = false;
  if (NODE_KINDS.some((k) => counts[k].created + counts[k].updated > 0)) {
    // The data is written either way; a user without the right to call the procedure only waits
    // longer for Neo4j to resample on its own.
    plansRefreshed = await db.runAutoCommit(cypher('schema/prepare-for-replanning')).then(() => true, () => false);
    // Terms the run touched get their stance counts now, not in the first contestedTerms after it;
    // after the replanning, so the recount is not planned for the graph as it was before the run.
    await recountStaleTerms(db);
  }
  return { files: files.length, rows, dryRun: options.dryRun ?? false, counts, plansRefreshed };
}
