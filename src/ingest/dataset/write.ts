import { cypher } from '../../db/cypher.js';
import type { Database, Tx } from '../../db/database.js';
import { AppError } from '../../errors.js';
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

/** Splits the rows into transactions of at most `batchSize` rows, keeping the write order. */
function* batches(rows: RowsByKind, batchSize: number): Generator<[NodeKind, Row[]][]> {
  let current: [NodeKind, Row[]][] = [];
  let size = 0;
  for (const kind of WRITE_ORDER) {
    for (let i = 0; i < rows[kind].length; ) {
      const take = rows[kind].slice(i, i + batchSize - size);
      current.push([kind, take]);
      size += take.length;
      i += take.length;
      if (size >= batchSize) {
        yield current;
        current = [];
        size = 0;
      }
    }
  }
  if (current.length) yield current;
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

export interface WriteOptions {
  batchSize?: number;
  /** Replace nodes editors have changed through the API since; by default their edits stay. */
  overwriteEdits?: boolean;
  onProgress?: (rowsDone: number) => void;
}

/**
 * Writes rows with one UNWIND query per kind per transaction. Rows whose content hash matches the
 * graph are not written at all, which is what makes a repeated ingest change nothing. A row that
 * differs from a node an editor has revised through the API is left out too (unless
 * `overwriteEdits`): re-running last month's dataset must not silently undo this week's corrections.
 */
export async function writeRows(db: Database, rows: RowsByKind, options: WriteOptions = {}): Promise<IngestCounts> {
  const counts = emptyCounts();
  for (const batch of batches(rows, options.batchSize ?? 2_000)) {
    const batchCounts = await db.write(async (tx) => {
      const c = emptyCounts();
      const ids = batch.flatMap(([, r]) => r.map((row) => row.id));
      const classified = (await tx.run<{ id: string; contentHash: string | null; edited: boolean }>(cypher('ingest/classify'), { ids })).records;
      const stored = new Map(classified.map((r) => [r.get('id'), r.get('contentHash')]));
      const edited = new Set(classified.filter((r) => r.get('edited')).map((r) => r.get('id')));
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
          const fresh = changed.filter((row) => stored.get(row.id) == null);
          const known = changed.filter((row) => stored.get(row.id) != null);
          if (fresh.length) await createPositions(tx, fresh);
          if (known.length) await tx.run(writeQuery(kind), { rows: known });
        } else if (changed.length) await tx.run(writeQuery(kind), { rows: changed });
      }
      return c;
    });
    addCounts(counts, batchCounts);
    options.onProgress?.(batch.reduce((n, [, r]) => n + r.length, 0));
  }
  return counts;
}
