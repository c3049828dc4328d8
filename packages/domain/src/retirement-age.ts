import { fullYearsBetween, parseIsoDate } from './plan-dates';
import type { Gender, Teacher } from './types';

/**
 * The statutory retirement age of one gender, rising gradually by birth month (全国人大常委会关于实施渐进式
 * 延迟法定退休年龄的决定, 2024-09-13, in force 2025-01-01): those born before `fromBirth` keep `baseAge`;
 * from `fromBirth` on, every `monthsPerStep` birth months add one month, up to `maxAge`. A flat age (no
 * rise) is `maxAge` equal to `baseAge`.
 */
export interface RetirementSchedule {
  /** The original statutory age, whole years (men 60; women in cadre and professional-technical posts, teachers among them, 55). */
  baseAge: number;
  /** The age the rise stops at, whole years (63 and 58); equal to `baseAge` for a flat age. */
  maxAge: number;
  /** The first birth month whose age rises (YYYY-MM): born in it or up to `monthsPerStep` - 1 months later, one month more. */
  fromBirth: string;
  /** Birth months per one month of delay (4: born 1965-01..04 retire at 60 years 1 month, 1965-05..08 at 60 years 2 months, ...). */
  monthsPerStep: number;
}

/** The schedule of each gender, as the standard set holds it (`rotation.retirement`). */
export type RetirementRules = Record<Gender, RetirementSchedule>;

/** The NPC decision of September 2024: men 60 -> 63 from births of 1965-01, women (teachers) 55 -> 58 from 1970-01, one month per 4 birth months. */
export const NPC_2024_RETIREMENT_RULES: RetirementRules = {
  M: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4 },
  F: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4 },
};

/** A flat statutory age: no rise (what a standard set stored before the decision with only `retirementAge` means). */
export function flatRetirementSchedule(age: number, fromBirth = '1965-01', monthsPerStep = 4): RetirementSchedule {
  return { baseAge: age, maxAge: age, fromBirth, monthsPerStep };
}

type BirthFields = Pick<Teacher, 'birthDate' | 'gender'>;

function monthIndex(isoDate: string): number {
  const { year, month } = parseIsoDate(isoDate);
  return year * 12 + (month - 1);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus whole months, the day kept (the 31st in a shorter month becomes its last day). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** Months of delay above the base age for someone born at `birthDate` (0 before `fromBirth`). */
export function retirementDelayMonths(birthDate: string, schedule: RetirementSchedule): number {
  const since = monthIndex(birthDate) - monthIndex(schedule.fromBirth);
  if (since < 0) return 0;
  return Math.min((schedule.maxAge - schedule.baseAge) * 12, Math.floor(since / schedule.monthsPerStep) + 1);
}

/** The statutory retirement age in months (60 years 2 months = 722) of someone of `gender` born at `birthDate`. */
export function retirementAgeMonths(birthDate: string, gender: Gender, rules: RetirementRules): number {
  const schedule = rules[gender];
  return schedule.baseAge * 12 + retirementDelayMonths(birthDate, schedule);
}

/** The day the teacher reaches the statutory retirement age (ISO YYYY-MM-DD): birth date plus the age in years and months. */
export function retirementDate(teacher: BirthFields, rules: RetirementRules): string {
  return addMonths(teacher.birthDate, retirementAgeMonths(teacher.birthDate, teacher.gender, rules));
}

/** Whether the teacher has reached the statutory retirement age at `date` (on the retirement date itself: yes). */
export function hasReachedRetirement(teacher: BirthFields, date: string, rules: RetirementRules): boolean {
  return retirementDate(teacher, rules) <= addMonths(date, 0);
}

/** Full years from `date` to the retirement date, counted like birthdays (5 years 11 months: 5); 0 once reached. */
export function yearsToRetirement(teacher: BirthFields, date: string, rules: RetirementRules): number {
  return Math.max(0, fullYearsBetween(date, retirementDate(teacher, rules)));
}

/** Whether the retirement date is at most `years` years after `date` ("more than 5 years from retirement" fails). */
export function isWithinYearsOfRetirement(teacher: BirthFields, date: string, years: number, rules: RetirementRules): boolean {
  return retirementDate(teacher, rules) <= addMonths(date, years * 12);
}

/** The age in words: 60周岁, 60周岁1个月. */
export function formatRetirementAge(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months - years * 12;
  return rest === 0 ? `${years}周岁` : `${years}周岁${rest}个月`;
}

function formatBirthMonth(index: number): string {
  const y = Math.floor(index / 12);
  return `${y}年${index - y * 12 + 1}月`;
}

/** One gender's rule in words, as a notice prints it. */
export function describeRetirementSchedule(schedule: RetirementSchedule): string {
  if (schedule.maxAge === schedule.baseAge) return `${schedule.baseAge}周岁（不延迟）`;
  const start = monthIndex(schedule.fromBirth);
  const lastStep = (schedule.maxAge - schedule.baseAge) * 12 - 1;
  return `${formatBirthMonth(start)}以前出生的${schedule.baseAge}周岁；此后出生的每${schedule.monthsPerStep}个月延迟1个月，`
    + `${formatBirthMonth(start + lastStep * schedule.monthsPerStep)}及以后出生的${schedule.maxAge}周岁`;
}

/** Both genders' rules in words (the outlook's basis, the CLI). */
export function describeRetirementRules(rules: RetirementRules): string {
  return `男：${describeRetirementSchedule(rules.M)}；女：${describeRetirementSchedule(rules.F)}`;
}

/** A field of a schedule that is wrong, and why (Chinese first, for officials). */
export interface RetirementScheduleProblem {
  field: keyof RetirementSchedule;
  message: string;
}

const AGE_MIN = 40;
const AGE_MAX = 70;

/** What is wrong with a schedule, field by field; empty when it is usable. */
export function retirementScheduleProblems(schedule: RetirementSchedule): RetirementScheduleProblem[] {
  const problems: RetirementScheduleProblem[] = [];
  const wholeIn = (field: 'baseAge' | 'maxAge', label: string): boolean => {
    const v = schedule[field];
    if (Number.isInteger(v) && v >= AGE_MIN && v <= AGE_MAX) return true;
    problems.push({ field, message: `${label}须为 ${AGE_MIN} 至 ${AGE_MAX} 之间的整数周岁 (${field} must be a whole age from ${AGE_MIN} to ${AGE_MAX}, got ${JSON.stringify(v)})` });
    return false;
  };
  const baseOk = wholeIn('baseAge', '退休年龄基准');
  const maxOk = wholeIn('maxAge', '退休年龄最高值');
  if (baseOk && maxOk && schedule.maxAge < schedule.baseAge) {
    problems.push({ field: 'maxAge', message: `退休年龄最高值（${schedule.maxAge}）不能低于基准（${schedule.baseAge}） (maxAge must be at least baseAge)` });
  }
  const m = typeof schedule.fromBirth === 'string' ? /^(\d{4})-(\d{2})$/.exec(schedule.fromBirth) : null;
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || Number(m[1]) < 1900 || Number(m[1]) > 2100) {
    problems.push({ field: 'fromBirth', message: `起始出生年月须写成 YYYY-MM，如 1965-01 (fromBirth must be a month YYYY-MM, got ${JSON.stringify(schedule.fromBirth)})` });
  }
  if (!Number.isInteger(schedule.monthsPerStep) || schedule.monthsPerStep < 1 || schedule.monthsPerStep > 120) {
    problems.push({ field: 'monthsPerStep', message: `每几个月延迟1个月须为 1 至 120 的整数 (monthsPerStep must be a whole number from 1 to 120, got ${JSON.stringify(schedule.monthsPerStep)})` });
  }
  return problems;
}
