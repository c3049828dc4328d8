import { describe, expect, it } from 'vitest';
import { fullYearsBetween, parseIsoDate, referenceDate } from './plan-dates';
import { isEligibleForRotation, isOnRotation, rotationEligibility } from './rotation-eligibility';
import { applyStandardOverrides, NATIONAL_STANDARD_SET } from './standard-set';
import type { Teacher } from './types';

// 6 years, > 5 years before retirement, the NPC schedule (men 60 -> 63 from births of 1965-01, women 55 -> 58 from 1970-01)
const RULES = NATIONAL_STANDARD_SET.rotation;
// The fixed ages before 2025 (M 60 / F 55), as a set stored then reads: the boundary cases of the rule itself.
const FLAT = applyStandardOverrides(NATIONAL_STANDARD_SET, { rotation: { retirementAge: { M: 60, F: 55 } } }).rotation;
const REF = referenceDate(2027); // 2027-09-01

type T = Pick<Teacher, 'startedAtSchool' | 'status' | 'birthDate' | 'gender'>;
function t(overrides: Partial<T> = {}): T {
  // a 42-year-old woman at the school since 2015: eligible by default
  return { startedAtSchool: '2015-09', status: 'ACTIVE', birthDate: '1985-03-15', gender: 'F', ...overrides };
}

describe('plan dates', () => {
  it('the reference date is September 1 of the plan year', () => {
    expect(REF).toBe('2027-09-01');
  });

  it('full years count like birthdays; a YYYY-MM start is the first of the month', () => {
    // 2021-09-01 -> 2027-09-01 = 6 ; 2021-10-01 -> 2027-09-01 = 5 (5 years 11 months)
    expect(fullYearsBetween('2021-09', REF)).toBe(6);
    expect(fullYearsBetween('2021-10', REF)).toBe(5);
    // 1977-09-02 -> 2027-09-01: one day short of 50 -> 49
    expect(fullYearsBetween('1977-09-02', REF)).toBe(49);
    expect(fullYearsBetween('1977-09-01', REF)).toBe(50);
    expect(parseIsoDate('2021-10')).toEqual({ year: 2021, month: 10, day: 1 });
    expect(() => parseIsoDate('1.9.2021')).toThrow(RangeError);
  });
});

describe('rotation eligibility at 2027-09-01', () => {
  it('exactly 6 full years at the school passes; 5 years 11 months fails', () => {
    // started 2021-09 -> 6 full years on 2027-09-01
    expect(rotationEligibility(t({ startedAtSchool: '2021-09' }), REF, RULES)).toMatchObject({ eligible: true, yearsAtSchool: 6, reasons: [] });
    // started 2021-10 -> 5 years 11 months -> 5 full years
    expect(rotationEligibility(t({ startedAtSchool: '2021-10' }), REF, RULES)).toMatchObject({ eligible: false, yearsAtSchool: 5, reasons: ['TENURE_TOO_SHORT'] });
  });

  it('ON_LOAN and LEAVE teachers are not eligible', () => {
    expect(rotationEligibility(t({ status: 'ON_LOAN' }), REF, RULES).reasons).toEqual(['NOT_ACTIVE']);
    expect(rotationEligibility(t({ status: 'LEAVE' }), REF, RULES).reasons).toEqual(['NOT_ACTIVE']);
    expect(isEligibleForRotation(t({ status: 'ACTIVE' }), REF, RULES)).toBe(true);
  });

  it('fixed ages: a woman aged 49 is eligible, aged 50 is not (retirement 55, must be MORE than 5 years away)', () => {
    // born 1978-09-01: 49 today, retires 2033-09-01, 6 years away -> eligible
    expect(rotationEligibility(t({ birthDate: '1978-09-01' }), REF, FLAT)).toMatchObject({ eligible: true, yearsToRetirement: 6 });
    // born 1977-09-02: 49 until tomorrow, retires 2032-09-02, 5 years and 1 day away -> eligible
    expect(isEligibleForRotation(t({ birthDate: '1977-09-02' }), REF, FLAT)).toBe(true);
    // born 1977-09-01: 50 today, retires 2032-09-01, exactly 5 years away -> not more than 5 -> not eligible
    expect(rotationEligibility(t({ birthDate: '1977-09-01' }), REF, FLAT)).toMatchObject({ eligible: false, yearsToRetirement: 5, reasons: ['NEAR_RETIREMENT'] });
    // born 1977-03-01: 50 and a half -> not eligible
    expect(isEligibleForRotation(t({ birthDate: '1977-03-01' }), REF, FLAT)).toBe(false);
  });

  it('fixed ages: men retire at 60: 54 is eligible, 55 is not; a woman of 54 is not', () => {
    // man born 1972-09-02: 54, retires 2032-09-02 (5 years 1 day) -> eligible
    expect(isEligibleForRotation(t({ gender: 'M', birthDate: '1972-09-02' }), REF, FLAT)).toBe(true);
    // man born 1972-09-01: 55, retires 2032-09-01 (exactly 5 years) -> not eligible
    expect(rotationEligibility(t({ gender: 'M', birthDate: '1972-09-01' }), REF, FLAT).reasons).toEqual(['NEAR_RETIREMENT']);
    // woman born 1972-09-02: 54, 1 year from 55 -> not eligible
    expect(isEligibleForRotation(t({ gender: 'F', birthDate: '1972-09-02' }), REF, FLAT)).toBe(false);
  });

  it('the gradual rise: "more than 5 years" is counted to the retirement DATE of the schedule', () => {
    // woman born 1976-02-01: months since 1970-01 = 6*12+1 = 73 -> floor(73/4)+1 = 19 -> 55y19m = 56y7m
    //   -> retires 2032-09-01, exactly 5 years after 2027-09-01 -> not eligible
    expect(rotationEligibility(t({ birthDate: '1976-02-01' }), REF, RULES)).toMatchObject({ eligible: false, yearsToRetirement: 5, reasons: ['NEAR_RETIREMENT'] });
    // born a day later: retires 2032-09-02, 5 years and a day away -> eligible
    expect(rotationEligibility(t({ birthDate: '1976-02-02' }), REF, RULES)).toMatchObject({ eligible: true, yearsToRetirement: 5, reasons: [] });
    // man born 1971-02-01: months since 1965-01 = 6*12+1 = 73 -> 19 -> 61y7m -> 2032-09-01 -> not eligible; a day later eligible
    expect(rotationEligibility(t({ gender: 'M', birthDate: '1971-02-01' }), REF, RULES).reasons).toEqual(['NEAR_RETIREMENT']);
    expect(isEligibleForRotation(t({ gender: 'M', birthDate: '1971-02-02' }), REF, RULES)).toBe(true);
  });

  it('the gradual rise makes eligible a teacher who was NEAR_RETIREMENT under the fixed age', () => {
    // man born 1971-09-01: fixed 60 -> retires 2031-09-01, 4 years away -> NEAR_RETIREMENT.
    // Schedule: months since 1965-01 = 6*12+8 = 80 -> floor(80/4)+1 = 21 -> 61y9m -> 2033-06-01,
    //   5 years 9 months after 2027-09-01 -> more than 5 -> eligible (5 full years to go).
    const m = t({ gender: 'M', birthDate: '1971-09-01' });
    expect(rotationEligibility(m, REF, FLAT)).toMatchObject({ eligible: false, yearsToRetirement: 4, reasons: ['NEAR_RETIREMENT'] });
    expect(rotationEligibility(m, REF, RULES)).toMatchObject({ eligible: true, yearsToRetirement: 5, reasons: [] });
    // woman born 1977-09-01: fixed 55 -> 2032-09-01, exactly 5 years -> NEAR_RETIREMENT.
    // Schedule: 7*12+8 = 92 -> floor(92/4)+1 = 24 -> 57 -> 2034-09-01, 7 years -> eligible.
    const w = t({ birthDate: '1977-09-01' });
    expect(isEligibleForRotation(w, REF, FLAT)).toBe(false);
    expect(rotationEligibility(w, REF, RULES)).toMatchObject({ eligible: true, yearsToRetirement: 7 });
    // woman born 1972-09-02: 2*12+8 = 32 -> 9 months -> 55y9m -> 2028-06-02: still near under either rule
    expect(isEligibleForRotation(t({ birthDate: '1972-09-02' }), REF, RULES)).toBe(false);
  });

  it('retirement ages come from the standard set', () => {
    // with women retiring at a flat 60 (a regional override), a woman of 50 is 10 years away -> eligible
    const rules = applyStandardOverrides(NATIONAL_STANDARD_SET, { rotation: { retirement: { F: { baseAge: 60, maxAge: 60 } } } }).rotation;
    expect(rotationEligibility(t({ birthDate: '1977-09-01' }), REF, rules)).toMatchObject({ eligible: true, yearsToRetirement: 10 });
  });

  it('an exemption makes an otherwise eligible teacher ineligible', () => {
    expect(rotationEligibility(t(), REF, RULES, true)).toMatchObject({ eligible: false, reasons: ['EXEMPTED'] });
  });

  it('a teacher still serving a rotation term is not eligible again; on the day the term ends they are', () => {
    // tenure 2015-09 at home (12 years), rotated H -> R 2026-09-01 for 3 years: term ends 2029-09-01
    const away = { ...t(), schoolCode: 'R', homeSchoolCode: 'H', rotationEnd: '2029-09-01' };
    expect(rotationEligibility(away, REF, RULES)).toMatchObject({ eligible: false, reasons: ['ON_ROTATION'] });
    expect(isOnRotation(away, '2029-08-31')).toBe(true);
    // 2029-09-01: the term has ended -> eligible again
    expect(rotationEligibility(away, referenceDate(2029), RULES)).toMatchObject({ eligible: true, reasons: [] });
    // a rotation with no recorded end has not ended
    expect(isOnRotation({ ...away, rotationEnd: null }, REF)).toBe(true);
    // a home school equal to the current school, or none, is no rotation
    expect(isOnRotation({ schoolCode: 'H', homeSchoolCode: 'H', rotationEnd: '2029-09-01' }, REF)).toBe(false);
    expect(isOnRotation({ schoolCode: 'H', homeSchoolCode: null, rotationEnd: null }, REF)).toBe(false);
  });

  it('every reason is reported', () => {
    // started 2024-02 (3 years), on leave, 58-year-old man, exempted
    // and away on a rotation until 2028-09-01. Born 1969-01-01: months since 1965-01 = 48 -> floor(48/4)+1 = 13
    // -> 61y1m -> retires 2030-02-01, 2 years 5 months away -> 2 full years, near retirement
    const r = rotationEligibility({ startedAtSchool: '2024-02', status: 'LEAVE', birthDate: '1969-01-01', gender: 'M', schoolCode: 'R', homeSchoolCode: 'H', rotationEnd: '2028-09-01' }, REF, RULES, true);
    expect(r).toEqual({ eligible: false, yearsAtSchool: 3, yearsToRetirement: 2, reasons: ['TENURE_TOO_SHORT', 'NOT_ACTIVE', 'NEAR_RETIREMENT', 'ON_ROTATION', 'EXEMPTED'] });
  });

  it('past retirement age, years to retirement is 0, not negative', () => {
    // woman born 1970-01-01: 55y1m -> retired 2025-02-01, before 2027-09-01 -> 0
    expect(rotationEligibility(t({ birthDate: '1970-01-01' }), REF, RULES).yearsToRetirement).toBe(0);
  });
});
