import type { z } from 'zod';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { BadInputError } from '../errors.js';
import { NO_RECORDS, toRows } from '../ingest/dataset/rows.js';
import { writeQuery } from '../ingest/dataset/write.js';
import { formatPath } from '../ingest/problems.js';
import { institutionSchema, personSchema, sourceSchema, termSchema } from '../model/dataset.js';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary.js';
import { recordRevision } from './revisions.js';

const EDITABLE = {
  Person: { schema: personSchema, section: 'persons' },
  Institution: { schema: institutionSchema, section: 'institutions' },
  Term: { schema: termSchema, section: 'terms' },
  Source: { schema: sourceSchema, section: 'sources' },
} as const;
export type EditableKind = keyof typeof EDITABLE;

interface EntityState {
  props: Record<string, unknown>;
  kind: NodeKind | null;
  memberOf: string[];
  partOf: string[];
  affiliations: { institution: string; role: string; from: string | null; until: string | null }[];
}

/** The record as the dataset format would hold it, so an edit and a dataset row are the same thing. */
function recordFromState(kind: EditableKind, state: EntityState): Record<string, unknown> {
  const keys = Object.keys(EDITABLE[kind].schema.shape);
  const record = Object.fromEntries(Object.entries(state.props).filter(([k]) => keys.includes(k)));
  if (kind === 'Institution') Object.assign(record, { memberOf: state.memberOf, partOf: state.partOf });
  if (kind === 'Person') {
    record.affiliations = state.affiliations.map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null)));
  }
  return record;
}

/**
 * Creates or updates a stakeholder, term or source with the same validation and the same write
 * query as a dataset ingest, and records the revision in the same transaction. Relationships the
 * input leaves out (memberships, affiliations) are kept.
 */
export async function upsertEntity(db: Database, kind: EditableKind, input: Record<string, unknown>, editor: string): Promise<string> {
  const { schema, section } = EDITABLE[kind];
  return db.write(async (tx) => {
    const stateRow = (await tx.run(cypher('edit/entity-state'), { id: input.id, kinds: NODE_KINDS })).records[0];
    const state = stateRow?.toObject() as EntityState | undefined;
    if (state?.kind && state.kind !== kind) throw new BadInputError(`id ${JSON.stringify(input.id)} is already a ${state.kind.toLowerCase()}`);
    const before = state?.kind ? recordFromState(kind, state) : null;
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    const parsed = (schema as z.ZodType).safeParse({ ...before, ...given });
    if (!parsed.success) throw new BadInputError(parsed.error.issues.map((i) => `${formatPath(i.path) || 'input'}: ${i.message}`).join('; '));
    const record = parsed.data as { id: string; memberOf?: string[]; partOf?: string[]; affiliations?: { institution: string }[] };

    const institutions = [...(record.memberOf ?? []), ...(record.partOf ?? []), ...(record.affiliations ?? []).map((a) => a.institution)];
    if (institutions.length) {
      const found = (await tx.run(cypher('ingest/lookup-kinds'), { ids: institutions, kinds: NODE_KINDS })).records;
      const known = new Set(found.filter((r) => r.get('kind') === 'Institution').map((r) => r.get('id') as string));
      const missing = institutions.find((id) => !known.has(id));
      if (missing) throw new BadInputError(`no institution with id ${JSON.stringify(missing)}`);
    }
    const [row] = toRows({ ...NO_RECORDS, [section]: [record] })[kind];
    await tx.run(writeQuery(kind), { rows: [row] });
    await recordRevision(tx, { targetId: record.id, editor, action: before ? 'UPDATE' : 'CREATE', before, after: record });
    return record.id;
  });
}
