import { parsePartialDate } from '../../../model/dates.js';

/** A date found in running text, as precise as it was written. */
export interface FoundDate {
  value: string;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [number, number?, number?] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [Number(m[3]), month(m[1]!), Number(m[2])] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [Number(m[3]), month(m[2]!), Number(m[1])] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [Number(m[2]), month(m[1]!)] },
];

function month(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every valid date in `text`, left to right; a day-precise date wins over a month inside it. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = parts(m);
      const value = d !== undefined ? `${y}-${pad(mo!)}-${pad(d)}` : mo !== undefined ? `${y}-${pad(mo)}` : String(y);
      if (typeof parsePartialDate(value) === 'string') continue;
      const overlaps = found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length);
      if (!overlaps) found.push({ value, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in `text`, or undefined. */
export const firstDate = (text: string): string | undefined => findDates(text)[0]?.value;
