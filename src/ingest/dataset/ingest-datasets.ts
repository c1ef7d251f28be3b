import crypto from 'node:crypto';
import fs from 'node:fs';
import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { type Dataset, DATASET_SECTIONS } from '../../model/dataset.js';
import { AppError } from '../../errors.js';
import { NODE_KINDS, type NodeKind } from '../../model/vocabulary.js';
import { InputProblemsError, type Problem, formatPath } from '../problems.js';
import { formatOf, readTextInput } from '../read-input.js';
import { recountStaleTerms } from '../term-stance-counts.js';
import { type Locator, parseDataset, parseValidatedDataset } from './parse.js';
import { type Definition, IdRegistry, hash52 } from './id-registry.js';
import { type Reference, collectDefinitionsAndReferences, definitionsIn, duplicateMessage, resolveReferences, sectionOf } from './references.js';
import { type Row, WRITE_ORDER, positionIds, recordCount, rowBuilder } from './rows.js';
import { type Batch, DEFAULT_BATCH_SIZE, type IngestCounts, addCounts, batchSlices, emptyCounts, pause, writeBatches } from './write.js';

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
 * each is parsed again when written (and refused if its text changed since it was validated), so
 * memory holds about one file at a time.
 */
const KEEP_PARSED_BYTES = 8 * 1024 * 1024;
const LOOKUP_CHUNK = 10_000;
/** Rows built, or records parsed, between two pauses of the write phase's preparation. */
const ROW_SLICE = 250;

/** Ids this file defines that the graph already holds as another kind of node. */
async function idsTakenInGraph(db: Database, file: string, defined: [id: string, kind: NodeKind, index: number][], locate: Locator): Promise<Problem[]> {
  const inGraph = await kindsInGraph(db, defined.map(([id]) => id));
  const problems: Problem[] = [];
  for (const [id, kind, i] of defined) {
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
function confirmDuplicates(files: string[], suspects: Set<number>, datasetOf: (file: string) => Dataset | undefined, locate: (file: string) => Locator): Problem[] {
  const first = new Map<string, Definition>();
  const problems: Problem[] = [];
  for (const file of files) {
    const dataset = datasetOf(file);
    if (!dataset) continue;
    for (const [id, kind, index] of definitionsIn(dataset, positionIds(dataset))) {
      if (!suspects.has(hash52(id))) continue;
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

/** Identifies a file's text, to make sure a file parsed again for writing is the one validated. */
const fingerprintOf = (text: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha1', text, 'base64') : crypto.createHash('sha1').update(text).digest('base64');

function load(file: string): { dataset?: Dataset; locate?: Locator; fingerprint?: string; problems: Problem[] } {
  const read = readTextInput(file);
  if ('problem' in read) return { problems: [read.problem] };
  const format = formatOf(file);
  if (format !== 'yaml' && format !== 'json') {
    return { problems: [{ file, message: 'not a dataset file (.yaml, .yml or .json)' }] };
  }
  return { ...parseDataset(file, read.text, format), fingerprint: fingerprintOf(read.text) };
}

/**
 * Parses again, to write it, a file validation has accepted (its text is unchanged), a slice at a
 * time. A file changed since it was validated is refused: its new content was never checked.
 */
async function reloadForWriting(file: string, fingerprint: string | undefined): Promise<Dataset> {
  const read = readTextInput(file);
  const format = formatOf(file);
  if ('problem' in read || fingerprintOf(read.text) !== fingerprint || (format !== 'yaml' && format !== 'json')) {
    throw new AppError('VALIDATION_FAILED', `${file} changed after it was validated; the ingest stopped before writing it (batches written before stay). Run the ingest again.`);
  }
  return parseValidatedDataset(file, read.text, format, pause);
}

/** One file's part of the write phase: its rows of these kinds, in write order. */
interface WriteStep {
  file: string;
  kinds: NodeKind[];
}

/**
 * The write phase's batches, prepared one at a time as `writeBatches` asks for them: each file is
 * parsed again (when not kept), and its rows built, a slice at a time, pausing between slices so
 * the transaction in flight goes on meanwhile. Batches never span files, as before.
 */
async function* preparedBatches(steps: WriteStep[], batchSize: number, datasetOf: (file: string) => Promise<Dataset>): AsyncGenerator<Batch> {
  for (const { file, kinds } of steps) {
    await pause();
    const dataset = await datasetOf(file);
    const rows = rowBuilder(dataset);
    const spans = kinds.map((kind): [NodeKind, number] => [kind, recordCount(dataset, kind)]);
    for (const slices of batchSlices(spans, batchSize)) {
      const batch: Batch = [];
      for (const [kind, start, end] of slices) {
        const kindRows: Row[] = [];
        for (let i = start; i < end; i += ROW_SLICE) {
          await pause();
          for (const row of rows(kind, i, Math.min(end, i + ROW_SLICE))) kindRows.push(row);
        }
        batch.push([kind, kindRows]);
      }
      yield batch;
    }
  }
}

/**
 * Files whose positions point to an entity only a later file defines. Positions are created with
 * MATCH (cypher/ingest/positions-new.cypher), so such a file's positions are written after every
 * file's entities.
 */
function filesWithForwardPositionReferences(references: Reference[], registry: IdRegistry): Set<string> {
  // A reference is left to resolve later only when nothing before it defined its id.
  return new Set(references.filter((r) => r.path[0] === 'positions' && registry.entity(r.id)).map((r) => r.file));
}

async function hasEntities(db: Database): Promise<boolean> {
  const [row] = await db.query<{ hasEntities: boolean }>(cypher('schema/has-entities'));
  return row?.hasEntities ?? false;
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
 * Then the files are written in order, entities before the positions that point to them, one batch
 * per transaction; the next batch is parsed and built while the current one is written.
 */
export async function ingestDatasets(db: Database, files: string[], options: DatasetIngestOptions = {}): Promise<DatasetIngestReport> {
  // Problems per file, in file order (a file's graph lookup finishes while the next file is parsed).
  const problemsByFile: Problem[][] = [];
  const registry = new IdRegistry();
  let references: Reference[] = [];
  const locators = new Map<string, Locator>();
  const parsed = new Map<string, Dataset>();
  const fingerprints = new Map<string, string>();
  let rows = 0;
  const keepParsed = files.reduce((n, file) => n + (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0) <= KEEP_PARSED_BYTES;

  // Each file's ids are looked up in the graph while the next file is parsed: one lookup in flight.
  // A graph without entities holds none of them (the first load of a big dataset): no lookups then,
  // unless it has some by the end of validation.
  const graphWasEmpty = files.length > 0 && !(await hasEntities(db));
  let lookup: Promise<void> | undefined;
  for (const file of files) {
    const problems: Problem[] = [];
    problemsByFile.push(problems);
    const loaded = load(file);
    problems.push(...loaded.problems);
    if (!loaded.dataset || !loaded.locate) continue;
    const ids = positionIds(loaded.dataset);
    const collected = collectDefinitionsAndReferences(file, loaded.dataset, ids, registry, loaded.locate);
    problems.push(...collected.problems);
    references.push(...collected.references);
    rows += DATASET_SECTIONS.reduce((n, [section]) => n + loaded.dataset![section].length, 0);
    if (keepParsed) {
      parsed.set(file, loaded.dataset);
      locators.set(file, loaded.locate);
    } else fingerprints.set(file, loaded.fingerprint!);
    if (graphWasEmpty) continue;
    const taken = idsTakenInGraph(db, file, [...definitionsIn(loaded.dataset, ids)], loaded.locate).then((found) => void problems.push(...found));
    taken.catch(() => {});
    await lookup;
    lookup = taken;
    // Lets the lookup's query go out before the next file is parsed.
    await pause();
  }
  await lookup;
  const locate = (file: string): Locator => locators.get(file) ?? load(file).locate ?? (() => undefined);
  const datasetOf = (file: string) => parsed.get(file) ?? load(file).dataset;
  const graphEmpty = graphWasEmpty && !(await hasEntities(db));
  if (graphWasEmpty && !graphEmpty) {
    // Something was written while validating: look this run's ids up after all.
    for (const [i, file] of files.entries()) {
      const dataset = datasetOf(file);
      if (dataset) problemsByFile[i]!.push(...(await idsTakenInGraph(db, file, [...definitionsIn(dataset, positionIds(dataset))], locate(file))));
    }
  }
  const problems = problemsByFile.flat();
  const suspects = registry.suspectHashes();
  if (suspects.size) problems.push(...confirmDuplicates(files, suspects, datasetOf, locate));
  if (problems.length) throw new InputProblemsError(problems);

  const unresolved = [...new Set(references.map((r) => r.id).filter((id) => !registry.entity(id)))];
  const inGraph = graphEmpty ? new Map<string, NodeKind | undefined>() : await kindsInGraph(db, unresolved);
  problems.push(...resolveReferences(references, registry, inGraph, locate));
  if (problems.length) throw new InputProblemsError(problems);
  const deferred = filesWithForwardPositionReferences(references, registry);
  references = [];

  options.onStart?.(rows);
  const counts = emptyCounts();
  if (!options.dryRun) {
    const entityKinds = WRITE_ORDER.filter((kind) => kind !== 'Position');
    const steps: WriteStep[] = [
      ...files.map((file) => ({ file, kinds: deferred.has(file) ? entityKinds : WRITE_ORDER })),
      ...files.filter((file) => deferred.has(file)).map((file): WriteStep => ({ file, kinds: ['Position'] })),
    ];
    const datasetForWriting = async (file: string) => parsed.get(file) ?? reloadForWriting(file, fingerprints.get(file));
    addCounts(
      counts,
      await writeBatches(db, preparedBatches(steps, options.batchSize ?? DEFAULT_BATCH_SIZE, datasetForWriting), {
        overwriteEdits: options.overwriteEdits,
        onProgress: options.onProgress,
      }),
    );
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
