import { describe, expect, it } from 'vitest';
import { formulaSafe, formulaSafeCell, unFormulaSafe } from './formula-safe';

describe('formulaSafe', () => {
  it('prefixes text that a spreadsheet would run, and only that', () => {
    for (const hostile of ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1', '-2+3', '\t=1+2', '\r=1+2', '=1']) {
      expect(formulaSafe(hostile)).toBe(`'${hostile}`);
    }
    for (const plain of ['王芳', 'a=b', ' =1', "'quoted", '2027-09-01', '', '李娟, "小李"']) expect(formulaSafe(plain)).toBe(plain);
  });

  it('leaves numbers, negative ones too, and empty cells alone', () => {
    expect(formulaSafeCell(-5)).toBe(-5);
    expect(formulaSafeCell(0)).toBe(0);
    expect(formulaSafeCell(null)).toBe(null);
    expect(formulaSafeCell('-5')).toBe("'-5");
  });

  it('is undone by unFormulaSafe, which leaves other quotes alone', () => {
    for (const v of ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1', '-2+3', '\t=x', '王芳', "'plain", "''=x"]) {
      expect(unFormulaSafe(formulaSafe(v))).toBe(v);
    }
    expect(unFormulaSafe("'abc")).toBe("'abc");
  });
});
