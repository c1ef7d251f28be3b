import type { PositionStatus, Stance } from '../model/vocabulary.js';
import { dateArgument } from './arguments.js';
import type { PositionRecord } from './records.js';

/** Retracted claims stay in the graph, but only show when asked for. */
export const DEFAULT_STATUSES: PositionStatus[] = ['CURATED', 'EXTRACTED'];

export interface PositionListFilter {
  stance?: Stance[] | null;
  status?: PositionStatus[] | null;
  asOf?: string | null;
}

/** A position is held at `day` if it started by then and its `until`, if any, has not passed. */
function heldOn(p: PositionRecord, first: string, last: string): boolean {
  return (p.dateFrom === undefined || p.dateFrom <= last) && (p.until === undefined || (p.dateTo ?? '') >= first);
}

/**
 * Filters a term's or a holder's positions. With `asOf`, each holder's latest position on each
 * term as of that date is what counts: a stakeholder who proposed a term and later opposed it is
 * an opposer from then on. `keyOf` names the other end (the holder on a term's list, the term on a
 * holder's), so "latest" is per holder and term.
 */
export function filterPositions<P extends PositionRecord>(positions: P[], filter: PositionListFilter, keyOf: (p: P) => string): P[] {
  const statuses = filter.status?.length ? filter.status : DEFAULT_STATUSES;
  const stanceOk = (p: P) => !filter.stance?.length || filter.stance.includes(p.stance);
  const list = positions.filter((p) => statuses.includes(p.status));
  const asOf = dateArgument('asOf', filter.asOf);
  if (!asOf) return list.filter(stanceOk);
  return latestPerKey(
    list.filter((p) => heldOn(p, asOf.first, asOf.last)),
    keyOf,
  ).filter(stanceOk);
}

function latestPerKey<P extends PositionRecord>(list: P[], keyOf: (p: P) => string): P[] {
  const latest = new Map<string, string>();
  for (const p of list) {
    const current = latest.get(keyOf(p));
    if (current === undefined || (p.dateFrom ?? '') > current) latest.set(keyOf(p), p.dateFrom ?? '');
  }
  return list.filter((p) => (p.dateFrom ?? '') === latest.get(keyOf(p)));
}
