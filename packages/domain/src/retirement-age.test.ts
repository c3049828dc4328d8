import { describe, expect, it } from 'vitest';
import {
  addMonths, describeRetirementRules, flatRetirementSchedule, formatRetirementAge, hasReachedRetirement, NPC_2024_RETIREMENT_RULES,
  retirementAgeMonths, retirementDate, retirementScheduleProblems, yearsToRetirement, type RetirementRules,
} from './retirement-age';
import { NATIONAL_STANDARD_SET } from './standard-set';

const NPC = NPC_2024_RETIREMENT_RULES;
const man = (birthDate: string) => ({ birthDate, gender: 'M' as const });
const woman = (birthDate: string) => ({ birthDate, gender: 'F' as const });

describe('the NPC decision of 2024 (渐进式延迟法定退休年龄)', () => {
  it('is the schedule of the national standard set', () => {
    expect(NATIONAL_STANDARD_SET.rotation.retirement).toEqual({
      M: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4 },
      F: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4 },
    });
  });

  it('men: 60 before 1965, then one month more per 4 birth months, 63 from births of 1976-09', () => {
    // born 1964-12-15: before the first cohort -> 60 years = 720 months -> 2024-12-15
    expect(retirementAgeMonths('1964-12-15', 'M', NPC)).toBe(720);
    expect(retirementDate(man('1964-12-15'), NPC)).toBe('2024-12-15');
    // born 1965-01-10: months since 1965-01 = 0 -> floor(0/4)+1 = 1 -> 60y1m = 721 -> 2025-02-10
    expect(retirementAgeMonths('1965-01-10', 'M', NPC)).toBe(721);
    expect(retirementDate(man('1965-01-10'), NPC)).toBe('2025-02-10');
    // born 1965-04-30: 3 months since -> floor(3/4)+1 = 1 -> 60y1m -> 2025-05-30 (same step as January)
    expect(retirementDate(man('1965-04-30'), NPC)).toBe('2025-05-30');
    // born 1965-05-20: 4 months since -> floor(4/4)+1 = 2 -> 60y2m = 722 -> 2025-07-20
    expect(retirementAgeMonths('1965-05-20', 'M', NPC)).toBe(722);
    expect(retirementDate(man('1965-05-20'), NPC)).toBe('2025-07-20');
    // born 1976-08-01: 11*12+7 = 139 months since -> floor(139/4)+1 = 35 months = 2y11m -> 62y11m = 755
    //   -> 1976-08-01 + 62 years = 2038-08-01, + 11 months = 2039-07-01 (two months before the next cohort's 63)
    expect(retirementAgeMonths('1976-08-01', 'M', NPC)).toBe(755);
    expect(retirementDate(man('1976-08-01'), NPC)).toBe('2039-07-01');
    // born 1976-09-01: 140 months since -> floor(140/4)+1 = 36 = the cap -> 63 -> 2039-09-01
    expect(retirementAgeMonths('1976-09-01', 'M', NPC)).toBe(63 * 12);
    expect(retirementDate(man('1976-09-01'), NPC)).toBe('2039-09-01');
    // born 1990-06-15: far past the cap -> 63 -> 2053-06-15
    expect(retirementAgeMonths('1990-06-15', 'M', NPC)).toBe(756);
    expect(retirementDate(man('1990-06-15'), NPC)).toBe('2053-06-15');
  });

  it('women teachers: 55 before 1970, then the same rule from births of 1970-01, 58 from 1981-09', () => {
    // born 1969-12-31: before the first cohort -> 55 -> 2024-12-31
    expect(retirementAgeMonths('1969-12-31', 'F', NPC)).toBe(660);
    expect(retirementDate(woman('1969-12-31'), NPC)).toBe('2024-12-31');
    // born 1970-01-31: 0 since -> 1 month -> 55y1m -> 2025-02-31, no such day -> the month's last day 2025-02-28
    expect(retirementAgeMonths('1970-01-31', 'F', NPC)).toBe(661);
    expect(retirementDate(woman('1970-01-31'), NPC)).toBe('2025-02-28');
    // born 1975-03-01: 5*12+2 = 62 since -> floor(62/4)+1 = 16 -> 55y16m = 56y4m -> 2031-07-01
    expect(retirementDate(woman('1975-03-01'), NPC)).toBe('2031-07-01');
    // born 1981-09-01: 140 since -> 36 -> 58 -> 2039-09-01
    expect(retirementAgeMonths('1981-09-01', 'F', NPC)).toBe(58 * 12);
    expect(retirementDate(woman('1981-09-01'), NPC)).toBe('2039-09-01');
    // a man born the same day as the first women's cohort is already 5 years into his own rise
    expect(retirementAgeMonths('1970-01-31', 'M', NPC)).toBe(720 + 16); // 60 since 1965-01 -> 15+1
  });

  it('reached on the retirement date itself, not the day before; years to go count like birthdays', () => {
    const t = man('1965-05-20'); // retires 2025-07-20
    expect(hasReachedRetirement(t, '2025-07-19', NPC)).toBe(false);
    expect(hasReachedRetirement(t, '2025-07-20', NPC)).toBe(true);
    // under the old fixed 60 he would have retired on 2025-05-20
    expect(hasReachedRetirement(t, '2025-06-01', { ...NPC, M: flatRetirementSchedule(60) })).toBe(true);
    expect(hasReachedRetirement(t, '2025-06-01', NPC)).toBe(false);
    // 2020-07-21 -> 2025-07-20: one day short of 5 years -> 4
    expect(yearsToRetirement(t, '2020-07-21', NPC)).toBe(4);
    expect(yearsToRetirement(t, '2020-07-20', NPC)).toBe(5);
    expect(yearsToRetirement(t, '2026-09-01', NPC)).toBe(0);
  });

  it('a flat age is maxAge = baseAge: no rise for anyone', () => {
    const flat: RetirementRules = { M: flatRetirementSchedule(60), F: flatRetirementSchedule(55) };
    expect(retirementDate(man('1990-06-15'), flat)).toBe('2050-06-15');
    expect(retirementDate(woman('1981-09-01'), flat)).toBe('2036-09-01');
  });

  it('says the rule in words', () => {
    // men: last step (36th) reached by births 1965-01 + 35*4 = 140 months -> 1976-09; women likewise 1981-09
    expect(describeRetirementRules(NPC)).toBe(
      '男：1965年1月以前出生的60周岁；此后出生的每4个月延迟1个月，1976年9月及以后出生的63周岁；'
      + '女：1970年1月以前出生的55周岁；此后出生的每4个月延迟1个月，1981年9月及以后出生的58周岁',
    );
    expect(describeRetirementRules({ M: flatRetirementSchedule(60), F: flatRetirementSchedule(55) })).toBe('男：60周岁（不延迟）；女：55周岁（不延迟）');
    expect(formatRetirementAge(722)).toBe('60周岁2个月');
    expect(formatRetirementAge(756)).toBe('63周岁');
  });

  it('adds months keeping the day, the 31st becoming a shorter month\'s last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonths('2027-09', 0)).toBe('2027-09-01');
  });

  it('finds what is wrong with a schedule, field by field, in Chinese', () => {
    expect(retirementScheduleProblems(NPC.M)).toEqual([]);
    const problems = retirementScheduleProblems({ baseAge: 60.5, maxAge: 63, fromBirth: '1965-13', monthsPerStep: 0 });
    expect(problems.map((p) => p.field)).toEqual(['baseAge', 'fromBirth', 'monthsPerStep']);
    expect(problems[0]?.message).toContain('退休年龄基准须为 40 至 70 之间的整数周岁');
    expect(retirementScheduleProblems({ baseAge: 60, maxAge: 59, fromBirth: '1965-01', monthsPerStep: 4 })).toEqual([
      { field: 'maxAge', message: '退休年龄最高值（59）不能低于基准（60） (maxAge must be at least baseAge)' },
    ]);
  });
});
