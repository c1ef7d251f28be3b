import { BadInputError } from '../errors.js';
import { type PartialDate, parsePartialDate } from '../model/dates.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Negative sizes are refused; anything above the cap is served at the cap. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0) throw new BadInputError(`\`first\` must be a whole number ≥ 0, got ${first}`);
  return Math.min(first, max);
}

export interface Cursor {
  key: string;
  id: string;
}

/** Cursors are opaque to clients: base64url of the sort key and id of the last item seen. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(after: string | null | undefined): Cursor | null {
  if (after === null || after === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('`after` is not a cursor this API issued');
}

export function dateArgument(name: string, value: string | null | undefined): PartialDate | null {
  if (value === null || value === undefined) return null;
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') throw new BadInputError(`\`${name}\`: ${parsed}`);
  return parsed;
}

/** A from/to pair as the first day of `from` and the last day of `to`; `from` after `to` is refused. */
export function dateRange(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  const start = dateArgument('from', from);
  const end = dateArgument('to', to);
  if (start && end && start.first > end.last) throw new BadInputError(`\`from\` (${from}) is after \`to\` (${to})`);
  return { from: start?.first ?? null, to: end?.last ?? null };
}

export function requireText(name: string, value: string, max = 200): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadInputError(`\`${name}\` must not be empty`);
  if (trimmed.length > max) throw new BadInputError(`\`${name}\` is longer than ${max} characters`);
  return trimmed;
}
