import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.js';

describe('parsePartialDate', () => {
  it.each([
    ['2025', 'YEAR', '2025-01-01', '2025-12-31'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2025-02', 'MONTH', '2025-02-01', '2025-02-28'],
    ['2025-12-08', 'DAY', '2025-12-08', '2025-12-08'],
  ])('%s has precision %s and covers %s..%s', (value, precision, first, last) => {
    expect(parsePartialDate(value)).toEqual({ value, precision, first, last });
  });

  it.each(['2025-02-29', '2025-13', '2025-00-10', '2025-04-31', '25-01-01', '2025/01/01', 'December 2025'])('rejects %s', (value) => {
    expect(typeof parsePartialDate(value)).toBe('string');
  });
});
