import { cypher } from '../db/cypher.js';
import type { Database, Tx } from '../db/database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { derivedPositionId, positionRow } from '../ingest/dataset/rows.js';
import { formatPath } from '../ingest/problems.js';
import { type PositionRecord, positionSchema } from '../model/dataset.js';
import { NODE_KINDS, type NodeKind, type PositionStatus, type Stance } from '../model/vocabulary.js';
import { type RevisionAction, recordRevision } from './revisions.js';

/**
 * Every editor change to a Position (create, confirm, correct, retract), from GraphQL or from code,
 * goes through `edit` below: one transaction that reads the position, checks the change is allowed,
 * validates the result with the dataset rules (the zod schema, then every referenced id must exist as
 * the right kind), writes it with the dataset's position query and records a Revision with who, when,
 * and the position before and after. Extraction never touches a reviewed position again
 * (cypher/article/write-positions.cypher), and re-ingesting an article never removes one
 * (cypher/article/stale-positions.cypher).
 */

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

export interface EditResult {
  id: string;
  status: PositionStatus;
  revisionId: string;
}

interface PositionState {
  props: Record<string, unknown>;
  holder: string;
  term: string;
  sources: string[];
  document: string | null;
  event: string | null;
}

type PositionAction = Exclude<RevisionAction, 'UPDATE'>;

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

/**
 * Properties outside the model (an extractor's `evidenceStart`/`evidenceEnd`, `extractor`) are kept.
 * When the quote changes, a new quote inside the old evidence gets exact offsets; any other quote
 * loses them, since they no longer point at it.
 */
function keptProperties(before: PositionState | null, quote: string | undefined): Record<string, unknown> {
  const extras = Object.fromEntries(Object.entries(before?.props ?? {}).filter(([k]) => !MODEL_KEYS.has(k)));
  const old = typeof before?.props.quote === 'string' ? before.props.quote : undefined;
  if (quote === old || extras.evidenceStart === undefined) return extras;
  delete extras.evidenceStart;
  delete extras.evidenceEnd;
  const start = before!.props.evidenceStart;
  const at = quote !== undefined && old !== undefined ? old.indexOf(quote) : -1;
  if (typeof start === 'number' && at >= 0) Object.assign(extras, { evidenceStart: start + at, evidenceEnd: start + at + quote!.length });
  return extras;
}

/** The position as a revision records it: the dataset record, plus the evidence offsets when it has them. */
function snapshot(record: Record<string, unknown>, props: Record<string, unknown>): Record<string, unknown> {
  const offsets = typeof props.evidenceStart === 'number' ? { evidenceStart: props.evidenceStart, evidenceEnd: props.evidenceEnd } : {};
  return { ...record, ...offsets };
}

function requireEditor(editor: string): void {
  if (typeof editor !== 'string' || editor.trim() === '') throw new BadInputError('an editor is required to edit a position');
}

interface Edit {
  action: PositionAction;
  status: PositionStatus;
  fields?: PositionFields;
  reason?: string | null;
  /** Refuses the edit (BadInputError) when the position as it stands does not allow it. */
  check?: (before: PositionState) => void;
}

/** The one write path: validate, write, and record the Revision, in the caller's transaction. */
async function edit(tx: Tx, id: string | null, change: Edit, editor: string): Promise<EditResult> {
  let before: PositionState | null = null;
  let record: PositionRecord;
  if (id === null) {
    record = await validate(tx, applyFields({ status: change.status }, change.fields ?? {}));
    const derived = record.id ?? derivedPositionId(record);
    if (await readState(tx, derived)) throw new BadInputError(`A position with id ${JSON.stringify(derived)} already exists; use correctPosition`);
    record = { ...record, id: derived };
  } else {
    before = await readState(tx, id);
    if (!before) throw new NotFoundError('position', id);
    change.check?.(before);
    if (change.fields?.id !== undefined && change.fields.id !== null && change.fields.id !== id) throw new BadInputError('a position id cannot be changed');
    record = await validate(tx, applyFields({ ...recordFromState(before), status: change.status }, change.fields ?? {}));
  }
  const row = positionRow(record);
  row.props = { ...keptProperties(before, record.quote), ...row.props };
  await tx.run(cypher('ingest/positions'), { rows: [row] });
  const revisionId = await recordRevision(tx, {
    targetId: row.id,
    editor,
    action: change.action,
    before: before && snapshot(recordFromState(before), before.props),
    after: snapshot(record, row.props),
    reason: change.reason ?? null,
  });
  return { id: row.id, status: record.status, revisionId };
}

async function run(db: Database, id: string | null, change: Edit, editor: string): Promise<EditResult> {
  requireEditor(editor);
  return db.write((tx) => edit(tx, id, change, editor));
}

/** A new curated position. Its id is given or derived from holder, term, stance, date and document. */
export function createPosition(db: Database, fields: PositionFields, editor: string): Promise<EditResult> {
  return run(db, null, { action: 'CREATE', status: 'CURATED', fields }, editor);
}

/** An extracted claim, as it stands, becomes curated. Only EXTRACTED positions can be confirmed. */
export function confirmPosition(db: Database, id: string, editor: string): Promise<EditResult> {
  return run(db, id, {
    action: 'CONFIRM',
    status: 'CURATED',
    check: (before) => {
      if (before.props.status !== 'EXTRACTED') throw new BadInputError(`position ${id} is ${String(before.props.status)}; only EXTRACTED claims can be confirmed`);
    },
  }, editor);
}

/** Changes the given fields; the position becomes curated (an extracted claim too). */
export function correctPosition(db: Database, id: string, fields: PositionFields, editor: string, reason?: string | null): Promise<EditResult> {
  return run(db, id, { action: 'CORRECT', status: 'CURATED', fields, reason: reason ?? null }, editor);
}

/** The position stays in the graph, visible as RETRACTED, never deleted; re-extraction leaves it alone. */
export function retractPosition(db: Database, id: string, editor: string, reason: string): Promise<EditResult> {
  return run(db, id, { action: 'RETRACT', status: 'RETRACTED', reason }, editor);
}
