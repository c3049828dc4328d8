import { describe, expect, it } from 'vitest';
import { spareClassrooms } from './classrooms';
import { hireableEducations, meetsHireMinimum } from './hire-minimum';
import { hireReason } from './hire-reason';
import { isLevelInScope } from './scenario-scope';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { spareTeachingPeriods, teachersForPeriods } from './teaching-time';

describe('hire minimum, scope, teaching time and classrooms', () => {
  it('hires at or above the level minimum unless the scenario allows lower', () => {
    expect(meetsHireMinimum('ASSOCIATE', 'PRIMARY', NATIONAL_STANDARD_SET)).toBe(true);
    expect(meetsHireMinimum('ASSOCIATE', 'SENIOR', NATIONAL_STANDARD_SET)).toBe(false);
    expect(hireableEducations('JUNIOR', NATIONAL_STANDARD_SET, {})).toEqual(['BACHELOR', 'MASTER', 'DOCTORATE']);
    expect(hireableEducations('JUNIOR', NATIONAL_STANDARD_SET, { allowHiresBelowMinimum: true })).toHaveLength(6);
  });

  it('names the indicator and school a hire serves', () => {
    expect(hireReason('Q1', '东源村小学')).toBe('补足高于规定学历教师（Q1）：东源村小学');
    expect(hireReason('C', '城关第二小学')).toBe('满足新增班级课时（C）：城关第二小学');
    expect(hireReason(null, '城关第二小学')).toBe('补充教师：城关第二小学');
  });

  it('plans every level unless the scenario lists some', () => {
    expect(isLevelInScope({ levels: null }, 'SENIOR')).toBe(true);
    expect(isLevelInScope({}, 'SENIOR')).toBe(true);
    expect(isLevelInScope({ levels: ['PRIMARY', 'JUNIOR'] }, 'SENIOR')).toBe(false);
  });

  it('counts spare teaching periods and spare classrooms, never below 0', () => {
    const primary = NATIONAL_STANDARD_SET.teachingPeriods.PRIMARY;
    expect(spareTeachingPeriods(5, 2, primary)).toBe(19);
    expect(spareTeachingPeriods(5, 3, primary)).toBe(0);
    expect(teachersForPeriods(28, primary)).toBe(1.9);
    const sections = [{ schoolCode: 'A', classes: 12 }, { schoolCode: 'A', classes: 6 }, { schoolCode: 'B', classes: 40 }];
    expect(spareClassrooms({ code: 'A', classrooms: 20 }, sections)).toBe(2);
    expect(spareClassrooms({ code: 'A', classrooms: 15 }, sections)).toBe(0);
    expect(spareClassrooms({ code: 'A', classrooms: null }, sections)).toBe(0);
  });
});
