import { describe, expect, it } from 'vitest';
import { applyStandardOverrides, NATIONAL_STANDARD_SET, StandardOverrideError, upgradeStandardOverrides, type StandardOverrides, type StandardSet } from './standard-set';

const BASE = NATIONAL_STANDARD_SET;
const SNAPSHOT: StandardSet = JSON.parse(JSON.stringify(BASE)) as StandardSet;

function rejects(overrides: unknown): StandardOverrideError {
  try {
    applyStandardOverrides(BASE, overrides as StandardOverrides);
  } catch (e) {
    expect(e).toBeInstanceOf(StandardOverrideError);
    expect((e as StandardOverrideError).code).toBe('BAD_STANDARD_OVERRIDE');
    return e as StandardOverrideError;
  }
  throw new Error(`accepted ${JSON.stringify(overrides)}`);
}

describe('the national defaults (domain.md, Standards)', () => {
  it('carry the numbers of the table', () => {
    const { PRIMARY, JUNIOR, SENIOR } = BASE.levels;
    expect([PRIMARY.qualifiedPer100Min, PRIMARY.backbonePer100Min, PRIMARY.peArtsPer100Min, PRIMARY.studentsPerTeacherMax, PRIMARY.avgClassSizeMax, PRIMARY.classes56PlusMax]).toEqual([4.2, 1.0, 0.9, 19, 45, 0]);
    expect([JUNIOR.qualifiedPer100Min, JUNIOR.backbonePer100Min, JUNIOR.peArtsPer100Min, JUNIOR.studentsPerTeacherMax, JUNIOR.avgClassSizeMax, JUNIOR.classes56PlusMax]).toEqual([5.3, 1.0, 0.9, 13.5, 50, 0]);
    expect([SENIOR.qualifiedPer100Min, SENIOR.backbonePer100Min, SENIOR.peArtsPer100Min, SENIOR.studentsPerTeacherMax, SENIOR.avgClassSizeMax]).toEqual([null, null, null, 12.5, 50]);
    // F1-F4 primary 4.5 / 7.5 / 2000 / 2.3, junior 5.8 / 10.2 / 2500 / 2.4 ; CV 0.50 / 0.45
    expect([PRIMARY.floorAreaPerStudentMin, PRIMARY.sportsAreaPerStudentMin, PRIMARY.equipmentPerStudentMin, PRIMARY.multimediaPer100Min, PRIMARY.cvMax]).toEqual([4.5, 7.5, 2000, 2.3, 0.5]);
    expect([JUNIOR.floorAreaPerStudentMin, JUNIOR.sportsAreaPerStudentMin, JUNIOR.equipmentPerStudentMin, JUNIOR.multimediaPer100Min, JUNIOR.cvMax]).toEqual([5.8, 10.2, 2500, 2.4, 0.45]);
    expect([PRIMARY.qualifiedEducationMin, JUNIOR.qualifiedEducationMin, SENIOR.qualifiedEducationMin]).toEqual(['ASSOCIATE', 'BACHELOR', 'BACHELOR']);
    expect(BASE.rotation).toEqual({
      minYearsAtSchool: 6, minYearsBeforeRetirement: 5,
      retirement: { M: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4 }, F: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4 } },
      quotaShareOfEligible: 0.1,
      backboneShareOfRotating: 0.2, donorMaxLossShare: 0.15, termYears: 3, distanceLimitKm: 50,
    });
    expect(BASE.sizes).toEqual({ compulsorySchoolMaxStudents: 2000, nineYearSchoolMaxStudents: 2500, seniorSchoolMaxStudents: 3000, largeClassMin: 46, oversizedClassMin: 56, extraLargeClassMin: 66 });
    expect(BASE.sixOfSeven).toEqual({ minPassing: 6, floorShare: 0.85 });
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(BASE)).toBe(true);
    expect(Object.isFrozen(BASE.levels.PRIMARY)).toBe(true);
    expect(Object.isFrozen(BASE.rotation.retirement.F)).toBe(true);
    expect(() => {
      (BASE.levels.PRIMARY as { qualifiedPer100Min: number | null }).qualifiedPer100Min = 1;
    }).toThrow(TypeError);
    expect(BASE.levels.PRIMARY.qualifiedPer100Min).toBe(4.2);
  });
});

describe('applyStandardOverrides', () => {
  it('no overrides: the base itself', () => {
    expect(applyStandardOverrides(BASE, null)).toBe(BASE);
    expect(applyStandardOverrides(BASE, undefined)).toBe(BASE);
    expect(applyStandardOverrides(BASE, {})).toBe(BASE);
  });

  it('merges deeply: one field changes, its siblings stay', () => {
    const s = applyStandardOverrides(BASE, { levels: { PRIMARY: { qualifiedPer100Min: 4.5 } }, rotation: { retirement: { F: { maxAge: 60 } } } });
    expect(s.levels.PRIMARY.qualifiedPer100Min).toBe(4.5);
    expect(s.levels.PRIMARY.backbonePer100Min).toBe(1.0);
    expect(s.levels.JUNIOR).toEqual(BASE.levels.JUNIOR);
    expect(s.rotation.retirement).toEqual({ M: BASE.rotation.retirement.M, F: { ...BASE.rotation.retirement.F, maxAge: 60 } });
    expect(s.rotation.minYearsAtSchool).toBe(6);
    expect(s.id).toBe('national-2017+overrides');
    expect(s.version).toBe(1);
    expect(s.name).toBe(`${BASE.name}（方案调整）`);
  });

  it('never mutates the base, and shares no object with it', () => {
    const s = applyStandardOverrides(BASE, { levels: { JUNIOR: { studentsPerTeacherMax: 12 } } });
    expect(JSON.parse(JSON.stringify(BASE))).toEqual(SNAPSHOT);
    expect(BASE.levels.JUNIOR.studentsPerTeacherMax).toBe(13.5);
    // untouched parts are copies: changing the result cannot reach the base
    expect(s.rotation).not.toBe(BASE.rotation);
    expect(s.levels.PRIMARY).not.toBe(BASE.levels.PRIMARY);
    s.rotation.distanceLimitKm = 80;
    s.levels.PRIMARY.qualifiedPer100Min = 9;
    expect(BASE.rotation.distanceLimitKm).toBe(50);
    expect(BASE.levels.PRIMARY.qualifiedPer100Min).toBe(4.2);
  });

  it('a threshold can be switched on (senior Q1) or off (null = reported)', () => {
    const s = applyStandardOverrides(BASE, { levels: { SENIOR: { qualifiedPer100Min: 6 }, PRIMARY: { backbonePer100Min: null } } });
    expect(s.levels.SENIOR.qualifiedPer100Min).toBe(6);
    expect(s.levels.PRIMARY.backbonePer100Min).toBeNull();
  });

  it('a label or an overridden name names the result', () => {
    expect(applyStandardOverrides(BASE, { sixOfSeven: { floorShare: 0.9 } }, '某县 2027').name).toBe('某县 2027');
    expect(applyStandardOverrides(BASE, { name: '某市标准' }).name).toBe('某市标准');
  });

  it('rejects unknown keys at any depth', () => {
    expect(rejects({ levels: { PRIMARY: { qualifiedPer100: 4.5 } } }).key).toBe('qualifiedPer100');
    expect(rejects({ levels: { PRIMARY: { qualifiedPer100: 4.5 } } }).path).toBe('levels.PRIMARY.qualifiedPer100');
    expect(rejects({ levels: { KINDERGARTEN: {} } }).key).toBe('KINDERGARTEN');
    expect(rejects({ rotation: { retirementAge: { X: 50 } } }).key).toBe('X');
    expect(rejects({ budget: 1 }).key).toBe('budget');
  });

  it('rejects inherited names: toString, constructor, __proto__', () => {
    expect(rejects({ levels: { PRIMARY: { toString: 5 } } }).key).toBe('toString');
    expect(rejects({ rotation: { constructor: 1 } }).key).toBe('constructor');
    // as parsed from a JSON request body, "__proto__" is an own key
    expect(rejects(JSON.parse('{"levels": {"__proto__": {"polluted": true}}}')).key).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects values of the wrong kind', () => {
    rejects({ levels: 5 });
    rejects({ levels: { PRIMARY: { qualifiedPer100Min: '4.5' } } });
    rejects({ levels: { PRIMARY: { qualifiedPer100Min: { value: 4.5 } } } });
    rejects({ levels: { PRIMARY: { qualifiedPer100Min: Number.NaN } } });
    rejects({ levels: { PRIMARY: { qualifiedPer100Min: -1 } } });
    rejects({ levels: { PRIMARY: { qualifiedEducationMin: 'MASTER' } } });
    rejects({ rotation: { minYearsAtSchool: null } });
    rejects({ id: 'other' });
  });

  it('accepts a valid education override', () => {
    expect(applyStandardOverrides(BASE, { levels: { PRIMARY: { qualifiedEducationMin: 'BACHELOR' } } }).levels.PRIMARY.qualifiedEducationMin).toBe('BACHELOR');
  });

  it('holds the hire minimum and teaching periods of each level, overridable and validated', () => {
    expect(NATIONAL_STANDARD_SET.hireMinimum).toEqual({
      PRIMARY: { education: 'ASSOCIATE', certificateRequired: false },
      JUNIOR: { education: 'BACHELOR', certificateRequired: false },
      SENIOR: { education: 'BACHELOR', certificateRequired: true },
    });
    expect(NATIONAL_STANDARD_SET.teachingPeriods).toEqual({
      PRIMARY: { perClass: 28, perTeacher: 15 },
      JUNIOR: { perClass: 34, perTeacher: 13 },
      SENIOR: { perClass: 36, perTeacher: 12 },
    });
    const set = applyStandardOverrides(NATIONAL_STANDARD_SET, { hireMinimum: { PRIMARY: { education: 'BACHELOR', certificateRequired: true } }, teachingPeriods: { JUNIOR: { perTeacher: 14 } } });
    expect(set.hireMinimum.PRIMARY).toEqual({ education: 'BACHELOR', certificateRequired: true });
    expect(set.hireMinimum.SENIOR).toEqual(NATIONAL_STANDARD_SET.hireMinimum.SENIOR);
    expect(set.teachingPeriods.JUNIOR).toEqual({ perClass: 34, perTeacher: 14 });
    const bad = (o: unknown) => () => applyStandardOverrides(NATIONAL_STANDARD_SET, o as StandardOverrides);
    expect(bad({ hireMinimum: { SENIOR: { education: 'PHD' } } })).toThrow(/hireMinimum\.SENIOR\.education.*expected one of/);
    expect(bad({ hireMinimum: { SENIOR: { certificateRequired: 'yes' } } })).toThrow(/expected true or false/);
    expect(bad({ hireMinimum: { SENIOR: { certificateRequired: null } } })).toThrow(/cannot be null/);
    expect(bad({ teachingPeriods: { PRIMARY: { perTeacher: 0 } } })).toThrow(/teachingPeriods\.PRIMARY\.perTeacher.*greater than 0/);
    expect(bad({ teachingPeriods: { PRIMARY: { perClass: -1 } } })).toThrow(/negative/);
    expect(bad({ teachingPeriods: { PRIMARY: { perClass: null } } })).toThrow(/cannot be null/);
  });
});

describe('the retirement schedule in overrides', () => {
  it('a set stored before the gradual rise, with only flat ages, keeps those ages with no rise', () => {
    const s = applyStandardOverrides(BASE, { rotation: { retirementAge: { M: 60, F: 55 } } });
    expect(s.rotation.retirement).toEqual({
      M: { baseAge: 60, maxAge: 60, fromBirth: '1965-01', monthsPerStep: 4 },
      F: { baseAge: 55, maxAge: 55, fromBirth: '1970-01', monthsPerStep: 4 },
    });
    expect(Object.hasOwn(s.rotation, 'retirementAge')).toBe(false);
    // only the gender named is flat; the other keeps the national schedule
    expect(applyStandardOverrides(BASE, { rotation: { retirementAge: { F: 60 } } }).rotation.retirement).toEqual({
      M: BASE.rotation.retirement.M, F: { baseAge: 60, maxAge: 60, fromBirth: '1970-01', monthsPerStep: 4 },
    });
    // schedule fields given beside the old flat age win over it
    expect(applyStandardOverrides(BASE, { rotation: { retirementAge: { M: 60 }, retirement: { M: { maxAge: 62 } } } }).rotation.retirement.M)
      .toEqual({ baseAge: 60, maxAge: 62, fromBirth: '1965-01', monthsPerStep: 4 });
  });

  it('upgradeStandardOverrides writes the old shape in the new one and leaves others alone', () => {
    expect(upgradeStandardOverrides({ rotation: { retirementAge: { F: 55 }, termYears: 2 } })).toEqual({ rotation: { termYears: 2, retirement: { F: { baseAge: 55, maxAge: 55 } } } });
    const plain = { levels: { PRIMARY: { avgClassSizeMax: 40 } } };
    expect(upgradeStandardOverrides(plain)).toBe(plain);
  });

  it('a region may set a flat age or its own rise, checked field by field with the gender named', () => {
    const flat = applyStandardOverrides(BASE, { rotation: { retirement: { M: { maxAge: 60 } } } });
    expect(flat.rotation.retirement.M).toEqual({ baseAge: 60, maxAge: 60, fromBirth: '1965-01', monthsPerStep: 4 });
    const bad = (retirement: unknown) => rejects({ rotation: { retirement } });
    expect(bad({ M: { maxAge: 59 } })).toMatchObject({ path: 'rotation.retirement.M.maxAge' });
    expect(bad({ M: { maxAge: 59 } }).message).toContain('男教师退休年龄最高值（59）不能低于基准（60）');
    expect(bad({ F: { fromBirth: '1970/01' } })).toMatchObject({ path: 'rotation.retirement.F.fromBirth' });
    expect(bad({ F: { fromBirth: '1970/01' } }).message).toContain('女教师起始出生年月须写成 YYYY-MM');
    expect(bad({ F: { fromBirth: 197001 } }).path).toBe('rotation.retirement.F.fromBirth');
    expect(bad({ M: { monthsPerStep: 0 } }).path).toBe('rotation.retirement.M.monthsPerStep');
    expect(bad({ M: { monthsPerStep: 2.5 } }).path).toBe('rotation.retirement.M.monthsPerStep');
    expect(bad({ M: { baseAge: 35, maxAge: 63 } }).message).toContain('退休年龄基准须为 40 至 70 之间的整数周岁');
    expect(bad({ X: { baseAge: 60 } }).path).toBe('rotation.retirement.X');
    expect(rejects({ rotation: { retirementAge: { M: 60.5 } } }).path).toBe('rotation.retirementAge.M');
    expect(rejects({ rotation: { retirementAge: 60 } }).path).toBe('rotation.retirementAge');
  });
});
