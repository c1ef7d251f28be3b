/**
 * Dates in the graph are as precise as the evidence: 2025, 2025-12 or 2025-12-08. The explorer
 * compares them as the span of days they cover, so "2025-12" overlaps a slider set to 2025-12-05.
 * Days count from 1970-01-01 (UTC), which keeps the slider's values small integers.
 */
export interface DaySpan {
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;
const DATE_TOKEN = /\b(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\b/g;

function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The days one YYYY[-MM[-DD]] token covers. */
function spanOfToken(year: number, month?: number, day?: number): DaySpan {
  if (month === undefined) return { from: dayOf(year, 1, 1), to: dayOf(year, 12, 31) };
  if (day === undefined) return { from: dayOf(year, month, 1), to: dayOf(year, month + 1, 1) - 1 };
  const d = dayOf(year, month, day);
  return { from: d, to: d };
}

/**
 * Every date in `text`, merged into one span. GraphNode.date may hold one date or the earliest and
 * latest position dates of a node ("2025-11-20/2025-12-08"), so any separator is accepted.
 */
export function spanOf(text: string | null | undefined): DaySpan | null {
  if (!text) return null;
  let span: DaySpan | null = null;
  for (const match of text.matchAll(DATE_TOKEN)) {
    const year = Number(match[1]);
    if (year < 1000) continue;
    const month = match[2] === undefined ? undefined : Number(match[2]);
    const day = match[3] === undefined ? undefined : Number(match[3]);
    if (month !== undefined && (month < 1 || month > 12)) continue;
    const token = spanOfToken(year, month, day);
    span = span ? { from: Math.min(span.from, token.from), to: Math.max(span.to, token.to) } : token;
  }
  return span;
}

export function overlaps(span: DaySpan | null, from: number | null, to: number | null): boolean {
  if (!span) return true; // undated things are never filtered out by date
  return (from === null || span.to >= from) && (to === null || span.from <= to);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
