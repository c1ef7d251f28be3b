import { cypher } from '../../db/cypher.js';
import type { Database, Tx } from '../../db/database.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { type PositionStatus, STANCES, type Stance } from '../../model/vocabulary.js';
import { type RevisionAction as ReviewAction, recordRevision } from '../../edit/revisions.js';

/**
 * Editors' review of extracted claims. Confirm makes a claim CURATED; correct changes it and makes it
 * CURATED; reject makes it RETRACTED (it stays in the graph, visible as retracted). Each is one
 * transaction that also records a Revision with who, when, and the claim before and after. Extraction
 * never touches a reviewed claim again (cypher/article/write-positions.cypher).
 */
export interface ClaimPatch {
  stance?: Stance;
  termId?: string;
  holderId?: string;
  quote?: string;
  confidence?: number;
}

export interface ReviewResult {
  positionId: string;
  status: PositionStatus;
  revisionId: string;
}

interface ClaimState {
  props: Record<string, unknown>;
  holder: string | null;
  term: string | null;
  sources: string[];
  document: string | null;
}

/** The claim as recorded in a revision: what an editor sees and may change. */
const snapshot = (s: ClaimState) => ({
  id: s.props.id, status: s.props.status, stance: s.props.stance, holder: s.holder, term: s.term, quote: s.props.quote ?? null,
  confidence: s.props.confidence ?? null, evidenceStart: s.props.evidenceStart ?? null, evidenceEnd: s.props.evidenceEnd ?? null,
  date: s.props.date ?? null, sources: [...s.sources].sort(), document: s.document,
});

async function state(tx: Tx, id: string): Promise<ClaimState> {
  const result = await tx.run(cypher('article/claim-state'), { id });
  const row = result.records[0]?.toObject() as ClaimState | undefined;
  if (!row) throw new NotFoundError('position', id);
  return row;
}

function requireEditor(editor: string): void {
  if (typeof editor !== 'string' || editor.trim() === '') throw new BadInputError('an editor is required to review a claim');
}

async function apply(tx: Tx, id: string, before: ClaimState, props: Record<string, unknown>, action: ReviewAction, editor: string, reason: string | null, links: { holder?: string; term?: string } = {}): Promise<ReviewResult> {
  await tx.run(cypher('article/update-claim'), { id, props, holder: links.holder ?? null, term: links.term ?? null });
  const after = await state(tx, id);
  const revisionId = await recordRevision(tx, { targetId: id, editor, action, before: snapshot(before), after: snapshot(after), reason });
  return { positionId: id, status: after.props.status as PositionStatus, revisionId };
}

export async function confirmClaim(db: Database, positionId: string, editor: string): Promise<ReviewResult> {
  requireEditor(editor);
  return db.write(async (tx) => {
    const before = await state(tx, positionId);
    if (before.props.status !== 'EXTRACTED') throw new BadInputError(`position ${positionId} is ${String(before.props.status)}; only EXTRACTED claims can be confirmed`);
    return apply(tx, positionId, before, { status: 'CURATED' }, 'CONFIRM', editor, null);
  });
}

export async function rejectClaim(db: Database, positionId: string, editor: string, reason: string): Promise<ReviewResult> {
  requireEditor(editor);
  if (typeof reason !== 'string' || reason.trim() === '') throw new BadInputError('a reason is required to reject a claim');
  return db.write(async (tx) => {
    const before = await state(tx, positionId);
    if (before.props.status === 'RETRACTED') throw new BadInputError(`position ${positionId} is already RETRACTED`);
    return apply(tx, positionId, before, { status: 'RETRACTED' }, 'RETRACT', editor, reason.trim());
  });
}

export async function correctClaim(db: Database, positionId: string, patch: ClaimPatch, editor: string): Promise<ReviewResult> {
  requireEditor(editor);
  const props = validatePatch(patch);
  return db.write(async (tx) => {
    const before = await state(tx, positionId);
    if (before.props.status === 'RETRACTED') throw new BadInputError(`position ${positionId} is RETRACTED; it cannot be corrected`);
    await checkTargets(tx, patch);
    if (patch.quote !== undefined) Object.assign(props, evidenceFor(before, patch.quote.trim()));
    return apply(tx, positionId, before, { ...props, status: 'CURATED' }, 'CORRECT', editor, null, {
      ...(patch.holderId ? { holder: patch.holderId } : {}),
      ...(patch.termId ? { term: patch.termId } : {}),
    });
  });
}

function validatePatch(patch: ClaimPatch): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const keys = Object.keys(patch ?? {}).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
  if (keys.length === 0) throw new BadInputError('a correction must change at least one of stance, termId, holderId, quote, confidence');
  for (const k of keys) if (!['stance', 'termId', 'holderId', 'quote', 'confidence'].includes(k)) throw new BadInputError(`unknown field ${JSON.stringify(k)} in a correction`);
  if (patch.stance !== undefined) {
    if (!STANCES.includes(patch.stance)) throw new BadInputError(`stance must be one of ${STANCES.join(', ')}`);
    props.stance = patch.stance;
  }
  if (patch.confidence !== undefined) {
    if (typeof patch.confidence !== 'number' || !(patch.confidence >= 0 && patch.confidence <= 1)) throw new BadInputError('confidence is between 0 and 1');
    props.confidence = patch.confidence;
  }
  if (patch.quote !== undefined && (typeof patch.quote !== 'string' || patch.quote.trim() === '')) throw new BadInputError('quote must not be empty');
  for (const k of ['termId', 'holderId'] as const) {
    if (patch[k] !== undefined && (typeof patch[k] !== 'string' || patch[k]!.trim() === '')) throw new BadInputError(`${k} must be an id`);
  }
  return props;
}

async function checkTargets(tx: Tx, patch: ClaimPatch): Promise<void> {
  const ids = [patch.holderId, patch.termId].filter((x): x is string => !!x);
  if (!ids.length) return;
  const found = new Map((await tx.run(cypher('article/kinds'), { ids })).records.map((r) => [r.get('id') as string, { stakeholder: r.get('stakeholder') as boolean, term: r.get('term') as boolean }]));
  if (patch.holderId && !found.get(patch.holderId)?.stakeholder) throw new BadInputError(`holderId: no stakeholder with id ${JSON.stringify(patch.holderId)}`);
  if (patch.termId && !found.get(patch.termId)?.term) throw new BadInputError(`termId: no term with id ${JSON.stringify(patch.termId)}`);
}

/** A corrected quote inside the old evidence keeps precise offsets; otherwise the offsets no longer apply. */
function evidenceFor(before: ClaimState, quote: string): Record<string, unknown> {
  const old = typeof before.props.quote === 'string' ? before.props.quote : '';
  const start = typeof before.props.evidenceStart === 'number' ? before.props.evidenceStart : undefined;
  const at = old.indexOf(quote);
  if (start !== undefined && at >= 0) return { quote, evidenceStart: start + at, evidenceEnd: start + at + quote.length };
  return { quote, evidenceStart: null, evidenceEnd: null };
}
