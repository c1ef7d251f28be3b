import { cypher } from '../db/cypher.js';
import type { Database, Tx } from '../db/database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { derivedPositionId, positionRow } from '../ingest/dataset/rows.js';
import { formatPath } from '../ingest/problems.js';
import { type PositionRecord, positionSchema } from '../model/dataset.js';
import { NODE_KINDS, type NodeKind, type PositionStatus, type Stance } from '../model/vocabulary.js';
import { type RevisionAction, recordRevision } from './revisions.js';

/** What an editor may set on a position; ids of existing nodes, never nested objects. */
export interface PositionFields {
  id?: string | null;
  holderId?: string | null;
  termId?: string | null;
  stance?: Stance | null;
  date?: string | null;
  until?: string | null;
  quote?: string | null;
  confidence?: number | null;
  sourceIds?: string[] | null;
  documentId?: string | null;
  eventId?: string | null;
  note?: string | null;
}

interface PositionState {
  props: Record<string, unknown>;
  holder: string;
  term: string;
  sources: string[];
  document: string | null;
  event: string | null;
}

/** Properties the model defines; anything else on the node (an extractor's offsets) is kept as it is. */
const MODEL_KEYS = new Set([...Object.keys(positionSchema.shape), 'datePrecision', 'dateFrom', 'dateTo', 'contentHash']);

async function readState(tx: Tx, id: string): Promise<PositionState | null> {
  const result = await tx.run(cypher('edit/position-state'), { id });
  return (result.records[0]?.toObject() as PositionState | undefined) ?? null;
}

function recordFromState(state: PositionState): Record<string, unknown> {
  const p = state.props;
  return {
    id: p.id, holder: state.holder, term: state.term, stance: p.stance, date: p.date, until: p.until, quote: p.quote,
    confidence: p.confidence, status: p.status, document: state.document ?? undefined, event: state.event ?? undefined,
    note: p.note, sources: state.sources,
  };
}

function applyFields(record: Record<string, unknown>, f: PositionFields): Record<string, unknown> {
  const set = (key: string, value: unknown) => {
    if (value !== undefined) record[key] = value === null ? undefined : value;
  };
  set('id', f.id); set('holder', f.holderId); set('term', f.termId); set('stance', f.stance); set('date', f.date);
  set('until', f.until); set('quote', f.quote); set('confidence', f.confidence); set('sources', f.sourceIds);
  set('document', f.documentId); set('event', f.eventId); set('note', f.note);
  return record;
}

/** Same rules as a dataset: the zod schema, then every referenced id must exist as the right kind. */
async function validate(tx: Tx, candidate: Record<string, unknown>): Promise<PositionRecord> {
  const parsed = positionSchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    throw new BadInputError(parsed.error.issues.map((i) => `${formatPath(i.path) || 'input'}: ${i.message}`).join('; '));
  }
  const p = parsed.data;
  const expected: [string | undefined, NodeKind[], string][] = [
    [p.holder, ['Person', 'Institution'], 'holderId'],
    [p.term, ['Term'], 'termId'],
    [p.document, ['Document'], 'documentId'],
    [p.event, ['Event'], 'eventId'],
    ...p.sources.map((s): [string, NodeKind[], string] => [String(s), ['Source'], 'sourceIds']),
  ];
  const ids = expected.map(([id]) => id).filter((id): id is string => id !== undefined);
  const found = new Map(
    (await tx.run(cypher('ingest/lookup-kinds'), { ids, kinds: NODE_KINDS })).records.map((r) => [r.get('id') as string, r.get('kind') as NodeKind]),
  );
  for (const [id, kinds, field] of expected) {
    if (id !== undefined && !kinds.includes(found.get(id)!)) throw new BadInputError(`${field}: no ${kinds.join(' or ').toLowerCase()} with id ${JSON.stringify(id)}`);
  }
  return p;
}

async function writePosition(tx: Tx, record: PositionRecord, before: PositionState | null, editor: string, action: RevisionAction, reason?: string | null) {
  const row = positionRow(record);
  const extras = Object.fromEntries(Object.entries(before?.props ?? {}).filter(([k]) => !MODEL_KEYS.has(k)));
  row.props = { ...extras, ...row.props };
  await tx.run(cypher('ingest/positions'), { rows: [row] });
  await recordRevision(tx, { targetId: row.id, editor, action, before: before && recordFromState(before), after: record, reason });
  return row.id;
}

export async function createPosition(db: Database, fields: PositionFields, editor: string): Promise<string> {
  return db.write(async (tx) => {
    const record = await validate(tx, applyFields({ status: 'CURATED' }, fields));
    const id = record.id ?? derivedPositionId(record);
    if (await readState(tx, id)) throw new BadInputError(`A position with id ${JSON.stringify(id)} already exists; use correctPosition`);
    return writePosition(tx, { ...record, id }, null, editor, 'CREATE');
  });
}

/**
 * Changes a position in place and records the change. Correcting or confirming an extracted claim
 * makes it curated; retracting keeps it, visible as retracted.
 */
export async function changePosition(
  db: Database,
  id: string,
  change: { fields?: PositionFields; status: PositionStatus; action: RevisionAction; reason?: string | null },
  editor: string,
): Promise<string> {
  return db.write(async (tx) => {
    const before = await readState(tx, id);
    if (!before) throw new NotFoundError('position', id);
    if (change.fields?.id !== undefined && change.fields.id !== null && change.fields.id !== id) throw new BadInputError('a position id cannot be changed');
    const record = await validate(tx, applyFields({ ...recordFromState(before), status: change.status }, change.fields ?? {}));
    return writePosition(tx, record, before, editor, change.action, change.reason);
  });
}
