import { describe, expect, it } from 'vitest';
import { parseDate, parseYearMonth } from './date-parsers';

describe('parseDate', () => {
  it('reads the usual spellings', () => {
    expect(parseDate('1985-03-07')).toBe('1985-03-07');
    expect(parseDate('1985/3/7')).toBe('1985-03-07');
    expect(parseDate('1985.03.07')).toBe('1985-03-07');
    expect(parseDate('1985年3月7日')).toBe('1985-03-07');
    expect(parseDate('19850307')).toBe('1985-03-07');
    expect(parseDate(19850307)).toBe('1985-03-07');
  });
  it('reads date cells and Excel serial numbers', () => {
    expect(parseDate(new Date(Date.UTC(1985, 2, 7)))).toBe('1985-03-07');
    expect(parseDate(31113)).toBe('1985-03-07');
  });
  it('rejects impossible dates', () => {
    expect(parseDate('1985-02-30')).toBeUndefined();
    expect(parseDate('1985-13-01')).toBeUndefined();
    expect(parseDate('yesterday')).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
  });
});

describe('parseYearMonth', () => {
  it('reads the usual spellings', () => {
    expect(parseYearMonth('2015-09')).toBe('2015-09');
    expect(parseYearMonth('2015/9')).toBe('2015-09');
    expect(parseYearMonth('2015年9月')).toBe('2015-09');
    expect(parseYearMonth('201509')).toBe('2015-09');
    expect(parseYearMonth(201509)).toBe('2015-09');
    expect(parseYearMonth('2015-09-01')).toBe('2015-09');
    expect(parseYearMonth(new Date(Date.UTC(2015, 8, 1)))).toBe('2015-09');
  });
  it('rejects the rest', () => {
    expect(parseYearMonth('2015-13')).toBeUndefined();
    expect(parseYearMonth(2015.09)).toBeUndefined();
    expect(parseYearMonth('')).toBeUndefined();
  });
});
