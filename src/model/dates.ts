import type { DatePrecision } from './vocabulary.js';

/** A date as precise as the evidence: a day, a month or a year. */
export interface PartialDate {
  /** As written: 2025, 2025-12 or 2025-12-08. */
  value: string;
  precision: DatePrecision;
  /** First and last day covered, as YYYY-MM-DD, so periods compare as plain strings. */
  first: string;
  last: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns an error message for impossible dates. */
export function parsePartialDate(input: string): PartialDate | string {
  const match = PATTERN.exec(input);
  if (!match) return `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(input)}`;
  const year = Number(match[1]);
  if (year < 1000) return `year ${year} is out of range`;
  if (match[2] === undefined) return { value: input, precision: 'YEAR', first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `${input} is not a real date (month ${month})`;
  const monthDays = daysIn(year, month);
  if (match[3] === undefined) {
    return { value: input, precision: 'MONTH', first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(monthDays)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > monthDays) return `${input} is not a real date (${year}-${pad(month)} has ${monthDays} days)`;
  return { value: input, precision: 'DAY', first: input, last: input };
}
