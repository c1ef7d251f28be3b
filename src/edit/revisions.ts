import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Tx } from '../db/database.js';

export const REVISION_ACTIONS = ['CREATE', 'UPDATE', 'CONFIRM', 'CORRECT', 'RETRACT'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export interface RevisionInput {
  targetId: string;
  editor: string;
  action: RevisionAction;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

/**
 * Records an edit in the same transaction as the edit itself, so there is never a change without
 * its revision, nor a revision of a change that did not happen.
 */
export async function recordRevision(tx: Tx, revision: RevisionInput): Promise<string> {
  const id = `rev:${randomUUID()}`;
  await tx.run(cypher('edit/record-revision'), {
    id,
    targetId: revision.targetId,
    editor: revision.editor,
    action: revision.action,
    reason: revision.reason ?? null,
    before: revision.before === null ? null : JSON.stringify(revision.before),
    after: JSON.stringify(revision.after),
  });
  return id;
}
