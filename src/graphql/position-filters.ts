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
 * an opposer from then on.
 */
export function filterPositions(
  positions: PositionRecord[],
  filter: PositionListFilter,
  keyOf: (p: PositionRecord) => Promise<string> | string = () => '',
): Promise<PositionRecord[]> | PositionRecord[] {
  const statuses = filter.status?.length ? filter.status : DEFAULT_STATUSES;
  let list = positions.filter((p) => statuses.includes(p.status));
  const asOf = dateArgument('asOf', filter.asOf);
  const stanceOk = (p: PositionRecord) => !filter.stance?.length || filter.stance.includes(p.stance);
  if (!asOf) return list.filter(stanceOk);
  list = list.filter((p) => heldOn(p, asOf.first, asOf.last));
  return latestPerKey(list, keyOf).then((latest) => latest.filter(stanceOk));
}

async function latestPerKey(list: PositionRecord[], keyOf: (p: PositionRecord) => Promise<string> | string): Promise<PositionRecord[]> {
  const keys = await Promise.all(list.map(keyOf));
  const latest = new Map<string, string>();
  list.forEach((p, i) => {
    const current = latest.get(keys[i]!);
    if (current === undefined || (p.dateFrom ?? '') > current) latest.set(keys[i]!, p.dateFrom ?? '');
  });
  return list.filter((p, i) => (p.dateFrom ?? '') === latest.get(keys[i]!));
}
