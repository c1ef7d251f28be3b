import { cypher } from '../../db/cypher.js';
import type { Database, Tx } from '../../db/database.js';
import { AppError, BadInputError } from '../../errors.js';
import { type NodeKind, NODE_KINDS, assertNever } from '../../model/vocabulary.js';
import { type Row, type RowsByKind, WRITE_ORDER } from './rows.js';

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that differ from a node an editor has changed through the API since; left as edited. */
  keptEdited: number;
}
export type IngestCounts = Record<NodeKind, KindCounts>;

export const emptyCounts = (): IngestCounts =>
  Object.fromEntries(NODE_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, keptEdited: 0 }])) as IngestCounts;

export function addCounts(into: IngestCounts, more: IngestCounts): IngestCounts {
  for (const kind of NODE_KINDS) {
    into[kind].created += more[kind].created;
    into[kind].updated += more[kind].updated;
    into[kind].unchanged += more[kind].unchanged;
    into[kind].keptEdited += more[kind].keptEdited;
  }
  return into;
}

export function writeQuery(kind: NodeKind): string {
  switch (kind) {
    case 'Source':
      return cypher('ingest/sources');
    case 'Document':
      return cypher('ingest/documents');
    case 'Institution':
      return cypher('ingest/institutions');
    case 'Person':
      return cypher('ingest/persons');
    case 'Term':
      return cypher('ingest/terms');
    case 'Proposal':
      return cypher('ingest/proposals');
    case 'Event':
      return cypher('ingest/events');
    case 'Position':
      return cypher('ingest/positions');
    default:
      return assertNever(kind);
  }
}

/** The rows one transaction writes, kind by kind in write order. */
export type Batch = [NodeKind, Row[]][];

const batchRows = (batch: Batch) => batch.reduce((n, [, r]) => n + r.length, 0);

/**
 * Splits a sequence of (kind, count) spans into transactions of at most `batchSize` rows, keeping
 * their order: each batch is a list of [kind, start, end] slices of the spans.
 */
export function* batchSlices(spans: [NodeKind, number][], batchSize: number): Generator<[NodeKind, number, number][]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new BadInputError(`the batch size must be a whole number of at least 1, not ${batchSize}`);
  let current: [NodeKind, number, number][] = [];
  let size = 0;
  for (const [kind, count] of spans) {
    for (let i = 0; i < count; ) {
      const take = Math.min(count - i, batchSize - size);
      current.push([kind, i, i + take]);
      size += take;
      i += take;
      if (size >= batchSize) {
        yield current;
        current = [];
        size = 0;
      }
    }
  }
  if (current.length) yield current;
}

/** Splits the rows into transactions of at most `batchSize` rows, keeping the write order. */
function* batches(rows: RowsByKind, batchSize: number): Generator<Batch> {
  for (const slices of batchSlices(WRITE_ORDER.map((kind) => [kind, rows[kind].length]), batchSize)) {
    yield slices.map(([kind, start, end]) => [kind, rows[kind].slice(start, end)]);
  }
}

/** Relationships a new position gets: holder, term, each source, and its document and event if any. */
const relationshipsOf = (row: Row) => 2 + (row.sources as string[]).length + (row.document == null ? 0 : 1) + (row.event == null ? 0 : 1);

async function createPositions(tx: Tx, rows: Row[]): Promise<void> {
  const result = await tx.run(cypher('ingest/positions-new'), { rows });
  const created = result.summary.counters.updates();
  const expected = rows.reduce((n, row) => n + relationshipsOf(row), 0);
  if (created.nodesCreated !== rows.length || created.relationshipsCreated !== expected) {
    // Validation saw everything these rows point to; something was deleted since. The batch is rolled back.
    throw new AppError(
      'CONSTRAINT_VIOLATION',
      'positions refer to a stakeholder, term, source, document or event that was deleted while the ingest ran; nothing of this batch was written',
    );
  }
}

export const DEFAULT_BATCH_SIZE = 2_000;
/** Rows per statement within a batch's transaction (see writeBatch). */
const STATEMENT_ROWS = 500;

export interface WriteOptions {
  batchSize?: number;
  /** Replace nodes editors have changed through the API since; by default their edits stay. */
  overwriteEdits?: boolean;
  onProgress?: (rowsDone: number) => void;
}

/**
 * Writes one batch in one transaction, with UNWIND queries of up to STATEMENT_ROWS rows of one kind
 * each, sent in write order without waiting for one another. Rows whose content hash
 * matches the graph are not written at all, which is what makes a repeated ingest change nothing.
 * A row that differs from a node an editor has revised through the API is left out too (unless
 * `overwriteEdits`): re-running last month's dataset must not silently undo this week's corrections.
 */
export function writeBatch(db: Database, batch: Batch, options: Pick<WriteOptions, 'overwriteEdits'> = {}): Promise<IngestCounts> {
  return db.write(async (tx) => {
    const c = emptyCounts();
    const ids = batch.flatMap(([, r]) => r.map((row) => row.id));
    const classified = (await tx.run<{ id: string; contentHash: string | null; edited: boolean }>(cypher('ingest/classify'), { ids })).records;
    const stored = new Map(classified.map((r) => [r.get('id'), r.get('contentHash')]));
    const edited = new Set(classified.filter((r) => r.get('edited')).map((r) => r.get('id')));
    // Every statement is sent before any is awaited: Neo4j runs them in order, one after the other,
    // while the driver packs the next (STATEMENT_ROWS rows each, so there is a next to pack).
    const statements: Promise<unknown>[] = [];
    const send = (rows: Row[], run: (part: Row[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += STATEMENT_ROWS) statements.push(run(rows.slice(i, i + STATEMENT_ROWS)));
    };
    for (const [kind, kindRows] of batch) {
      const changed = kindRows.filter((row) => {
        const previous = stored.get(row.id);
        if (previous === row.props.contentHash) return c[kind].unchanged++, false;
        if (edited.has(row.id) && !options.overwriteEdits) return c[kind].keptEdited++, false;
        if (previous == null) c[kind].created++;
        else c[kind].updated++;
        return true;
      });
      if (kind === 'Position') {
        // Most rows of a big ingest are new: they take the cheaper CREATE path.
        send(
          changed.filter((row) => stored.get(row.id) == null),
          (rows) => createPositions(tx, rows),
        );
        send(
          changed.filter((row) => stored.get(row.id) != null),
          (rows) => tx.run(writeQuery(kind), { rows }),
        );
      } else send(changed, (rows) => tx.run(writeQuery(kind), { rows }));
    }
    // All settle before the transaction ends (committed, or rolled back on the first failure).
    const failed = (await Promise.allSettled(statements)).find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return c;
  });
}

/** Writes rows that are all at hand, one transaction (`writeBatch`) after the other. */
export async function writeRows(db: Database, rows: RowsByKind, options: WriteOptions = {}): Promise<IngestCounts> {
  const counts = emptyCounts();
  for (const batch of batches(rows, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
    addCounts(counts, await writeBatch(db, batch, options));
    options.onProgress?.(batchRows(batch));
  }
  return counts;
}

/**
 * Writes the batches `source` yields, in order, one transaction each (`writeBatch`), while the
 * source prepares the next: the source is asked for batch k+1 only once batch k's transaction has
 * started, and batch k+2 only once batch k+1's has, so at most one batch waits prepared ahead. The
 * source should yield to the event loop (`pause`) between slices of its work, so the transaction in
 * flight is not held up; Neo4j then writes one batch while this process parses and builds the next.
 */
export async function writeBatches(db: Database, source: AsyncIterable<Batch>, options: Omit<WriteOptions, 'batchSize'> = {}): Promise<IngestCounts> {
  const counts = emptyCounts();
  const prepared = source[Symbol.asyncIterator]();
  let next = prepared.next();
  let finished = false;
  try {
    for (;;) {
      const current = await next;
      if (current.done) {
        finished = true;
        return counts;
      }
      const writing = writeBatch(db, current.value, options);
      next = prepared.next();
      // A failure preparing the next batch surfaces after the current one is written, not as an unhandled rejection.
      next.catch(() => {});
      addCounts(counts, await writing);
      options.onProgress?.(batchRows(current.value));
    }
  } finally {
    // Written batches stay written; the batch being prepared is dropped.
    if (!finished) void next.then(() => prepared.return?.(), () => undefined).catch(() => undefined);
  }
}

/** Lets pending I/O (a transaction's replies) run before the caller's next slice of work. */
export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
