import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidIdNumber, nationalIdNumber } from './national-id';

describe('national ID numbers', () => {
  it('compute the GB 11643 check character (known example 11010519491231002X)', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });

  it('embed region, birth date and a gender-parity sequence', () => {
    const male = nationalIdNumber('431124', '1985-03-04', 12, 'M');
    expect(male.slice(0, 14)).toBe('43112419850304');
    expect(Number(male[16]) % 2).toBe(1);
    const female = nationalIdNumber('431124', '1985-03-04', 12, 'F');
    expect(Number(female[16]) % 2).toBe(0);
    expect(isValidIdNumber(male) && isValidIdNumber(female)).toBe(true);
  });

  it('reject impossible dates and bad formats', () => {
    const bad = '431124' + '19850230' + '123';
    expect(isValidIdNumber(bad + idCheckChar(bad))).toBe(false);
    expect(isValidIdNumber('43112419850304123')).toBe(false);
  });
});
