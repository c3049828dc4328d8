import { NPC_2024_RETIREMENT_RULES, retirementScheduleProblems, type RetirementRules } from './retirement-age';
import { DEFAULT_ROTATION_POINTS, type RotationPointsRule } from './rotation-points';
import { EDUCATIONS, type Education, type Gender, type Level } from './types';

/** Thresholds of one level. `null` means reported, not judged. */
export interface LevelStandards {
  /** Q1: qualified teachers per 100 students, at least. */
  qualifiedPer100Min: number | null;
  /** Q2: backbone teachers (county level or higher) per 100 students, at least. */
  backbonePer100Min: number | null;
  /** Q3: PE + music + art teachers per 100 students, at least. */
  peArtsPer100Min: number | null;
  /** R: students per teacher, at most. */
  studentsPerTeacherMax: number | null;
  /** C: average class size, at most. */
  avgClassSizeMax: number | null;
  /** B: classes of 56 or more students, at most. */
  classes56PlusMax: number | null;
  /** F1: floor area per student (m²), at least. */
  floorAreaPerStudentMin: number | null;
  /** F2: sports ground per student (m²), at least. */
  sportsAreaPerStudentMin: number | null;
  /** F3: equipment value per student (yuan), at least. */
  equipmentPerStudentMin: number | null;
  /** F4: networked multimedia classrooms per 100 students, at least. */
  multimediaPer100Min: number | null;
  /** Largest coefficient of variation across schools of this level (差异系数). */
  cvMax: number | null;
  /** Minimum education counted as qualified (高于规定学历). */
  qualifiedEducationMin: 'ASSOCIATE' | 'BACHELOR';
}

export interface RotationRules {
  /** Full years at the same school that make a teacher eligible. */
  minYearsAtSchool: number;
  /** Eligible only when more than this many years from statutory retirement. */
  minYearsBeforeRetirement: number;
  /** Statutory retirement age of each gender, rising gradually by birth month (retirement-age.ts). */
  retirement: RetirementRules;
  /** Share of eligible teachers the county rotates each year, at least. */
  quotaShareOfEligible: number;
  /** Share of backbone teachers among those who rotate, at least. */
  backboneShareOfRotating: number;
  /** Share of its teachers a donor school may send in one year, at most. */
  donorMaxLossShare: number;
  termYears: number;
  distanceLimitKm: number;
}

export interface SizeRules {
  compulsorySchoolMaxStudents: number;
  nineYearSchoolMaxStudents: number;
  seniorSchoolMaxStudents: number;
  /** Class-size bands for reporting. */
  largeClassMin: number;
  oversizedClassMin: number;
  extraLargeClassMin: number;
}

export interface SixOfSevenRule {
  minPassing: number;
  /** The one failing indicator must reach this share of its threshold. */
  floorShare: number;
}

/** The least a new hire of a level must bring (domain.md, "The yearly cycle"). */
export interface HireMinimum {
  /** Lowest education the solver hires at (unless a scenario explicitly allows lower, flagged). */
  education: Education;
  /** The post requires the teacher certificate of the level (e.g. 高级中学教师资格 for senior high). */
  certificateRequired: boolean;
}

/** Weekly teaching periods (课时) by level: what one class needs and what one teacher gives. */
export interface TeachingPeriods {
  perClass: number;
  perTeacher: number;
}

/**
 * Moving vacant posts (编制) between the schools of one county (县管校聘, 统筹编制). A school sends at most
 * `maxOutPerSchool` posts a year, only vacant ones, and keeps at least the posts its own staffing ratio
 * (编制标准, R of each section) needs (`postsNeededBySchool`).
 */
export interface PostTransferRules {
  /** Posts one school may send in a year, at most. */
  maxOutPerSchool: number;
  /** Administrative cost per post moved, yuan a year (default 0). */
  costPerPost: number;
}

/** Recalling teachers on loan (借调返校). */
export interface RecallRules {
  /** Yearly cost per recalled teacher, yuan (default 0: their pay is already in the budget). */
  costPerTeacher: number;
}

export interface StandardSet {
  id: string;
  version: number;
  name: string;
  levels: Record<Level, LevelStandards>;
  rotation: RotationRules;
  sizes: SizeRules;
  sixOfSeven: SixOfSevenRule;
  /** Minimum education and certificate of a new hire, by level. */
  hireMinimum: Record<Level, HireMinimum>;
  /** Teaching time per class and per teacher, by level: an extra class needs perClass / perTeacher teachers. */
  teachingPeriods: Record<Level, TeachingPeriods>;
  /** Limits and cost of moving vacant posts between schools (absent in sets stored before: the defaults apply through the national base). */
  postTransfer: PostTransferRules;
  /** Cost of recalling teachers on loan. */
  recall: RecallRules;
  /** The published points rule (积分) choosing who rotates among the eligible (rotation-points.ts). */
  rotationPoints: RotationPointsRule;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type StandardOverrides = DeepPartial<Omit<StandardSet, 'id' | 'version'>> & {
  /** Sets saved before the gradual rise carry flat ages here; read as `retirement` with no rise (upgradeStandardOverrides). */
  rotation?: { retirementAge?: Partial<Record<Gender, number>> };
};

const COMPULSORY_FACILITIES = {
  PRIMARY: { floorAreaPerStudentMin: 4.5, sportsAreaPerStudentMin: 7.5, equipmentPerStudentMin: 2000, multimediaPer100Min: 2.3 },
  JUNIOR: { floorAreaPerStudentMin: 5.8, sportsAreaPerStudentMin: 10.2, equipmentPerStudentMin: 2500, multimediaPer100Min: 2.4 },
};

/** The national defaults of 义务教育优质均衡 (domain.md, "Standards"). Frozen all the way down. */
export const NATIONAL_STANDARD_SET: StandardSet = deepFreeze({
  id: 'national-2017',
  version: 1,
  name: '国家义务教育优质均衡标准（默认）',
  levels: {
    PRIMARY: {
      qualifiedPer100Min: 4.2, backbonePer100Min: 1.0, peArtsPer100Min: 0.9,
      studentsPerTeacherMax: 19, avgClassSizeMax: 45, classes56PlusMax: 0,
      ...COMPULSORY_FACILITIES.PRIMARY, cvMax: 0.5, qualifiedEducationMin: 'ASSOCIATE',
    },
    JUNIOR: {
      qualifiedPer100Min: 5.3, backbonePer100Min: 1.0, peArtsPer100Min: 0.9,
      studentsPerTeacherMax: 13.5, avgClassSizeMax: 50, classes56PlusMax: 0,
      ...COMPULSORY_FACILITIES.JUNIOR, cvMax: 0.45, qualifiedEducationMin: 'BACHELOR',
    },
    SENIOR: {
      qualifiedPer100Min: null, backbonePer100Min: null, peArtsPer100Min: null,
      studentsPerTeacherMax: 12.5, avgClassSizeMax: 50, classes56PlusMax: 0,
      floorAreaPerStudentMin: null, sportsAreaPerStudentMin: null, equipmentPerStudentMin: null,
      multimediaPer100Min: null, cvMax: null, qualifiedEducationMin: 'BACHELOR',
    },
  },
  rotation: {
    minYearsAtSchool: 6,
    minYearsBeforeRetirement: 5,
    // 渐进式延迟法定退休年龄 (2024): men 60 -> 63, women teachers 55 -> 58, by birth month.
    retirement: NPC_2024_RETIREMENT_RULES,
    quotaShareOfEligible: 0.1,
    backboneShareOfRotating: 0.2,
    donorMaxLossShare: 0.15,
    termYears: 3,
    distanceLimitKm: 50,
  },
  sizes: {
    compulsorySchoolMaxStudents: 2000,
    nineYearSchoolMaxStudents: 2500,
    seniorSchoolMaxStudents: 3000,
    largeClassMin: 46,
    oversizedClassMin: 56,
    extraLargeClassMin: 66,
  },
  sixOfSeven: { minPassing: 6, floorShare: 0.85 },
  // Primary 大专 and junior 本科 as recruitment and Q1 expect; senior 本科 with the senior-high
  // certificate (教师法 第十一条).
  hireMinimum: {
    PRIMARY: { education: 'ASSOCIATE', certificateRequired: false },
    JUNIOR: { education: 'BACHELOR', certificateRequired: false },
    SENIOR: { education: 'BACHELOR', certificateRequired: true },
  },
  // Primary 28 periods a week per class, 15 per teacher (about 1.9 teachers a class); junior 34 and 13
  // (about 2.6); senior 36 and 12 (3 teachers a class, the usual senior-high staffing of 编制标准).
  teachingPeriods: {
    PRIMARY: { perClass: 28, perTeacher: 15 },
    JUNIOR: { perClass: 34, perTeacher: 13 },
    SENIOR: { perClass: 36, perTeacher: 12 },
  },
  // 县管校聘: up to 5 vacant posts leave one school a year; moving them costs nothing by default.
  postTransfer: { maxOutPerSchool: 5, costPerPost: 0 },
  // 借调返校: the teacher's pay is already budgeted, so a recall costs nothing by default.
  recall: { costPerTeacher: 0 },
  rotationPoints: DEFAULT_ROTATION_POINTS,
} satisfies StandardSet);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Freezes an object and everything it holds, so that nobody can change a shared standard set. */
function deepFreeze<T>(value: T): T {
  if (isPlainObject(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function cloneDeep<T>(value: T): T {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneDeep(v);
  return out as T;
}

export class StandardOverrideError extends Error {
  readonly code = 'BAD_STANDARD_OVERRIDE';
  /** Dotted path of the offending field, e.g. "levels.PRIMARY.qualifiedPer100Min". */
  readonly path: string;
  constructor(readonly key: string, reason?: string, path?: string) {
    super(reason ? `Bad standard-set override "${path ?? key}": ${reason}` : `Unknown standard-set field "${path ?? key}" in overrides`);
    this.path = path ?? key;
  }
}

const QUALIFIED_EDUCATIONS: ReadonlySet<unknown> = new Set(['ASSOCIATE', 'BACHELOR']);
const ALL_EDUCATIONS: ReadonlySet<unknown> = new Set(EDUCATIONS);
/** Divisors: a teacher teaching 0 periods, or a class needing none, makes no sense. */
const POSITIVE_FIELDS: ReadonlySet<string> = new Set(['perClass', 'perTeacher', 'monthsPerStep']);

/** Counts (classes, years, ages, students, passing indicators) are whole numbers. */
const WHOLE_NUMBER_FIELDS: ReadonlySet<string> = new Set([
  'classes56PlusMax', 'minYearsAtSchool', 'minYearsBeforeRetirement', 'M', 'F', 'termYears',
  'compulsorySchoolMaxStudents', 'nineYearSchoolMaxStudents', 'seniorSchoolMaxStudents',
  'largeClassMin', 'oversizedClassMin', 'extraLargeClassMin', 'minPassing', 'maxOutPerSchool',
  'yearsFrom', 'youngerThan', 'fromAge', 'baseAge', 'maxAge', 'monthsPerStep',
]);

/** Shares of a whole, so a value above 1 is a typed percentage, not a rule. */
function isShareField(key: string): boolean {
  return key.includes('Share') || key === 'cvMax';
}

/** Thresholds of a level may be switched off (null = reported, not judged); other numbers may not. */
function nullableAt(path: string[]): boolean {
  return path[0] === 'levels' && path.length === 3 && path[2] !== 'qualifiedEducationMin';
}

function mergeLeaf(base: unknown, patch: unknown, path: string[]): unknown {
  const key = path[path.length - 1] ?? '';
  const dotted = path.join('.');
  const bad = (reason: string): never => {
    throw new StandardOverrideError(key, reason, dotted);
  };
  if (isPlainObject(patch)) return bad('expected a value, got an object');
  if (patch === null) return nullableAt(path) ? null : bad('cannot be null');
  if (typeof base === 'number' || base === null) {
    if (typeof patch !== 'number' || !Number.isFinite(patch)) return bad(`expected a finite number, got ${JSON.stringify(patch)}`);
    if (patch < 0) return bad('cannot be negative');
    if (WHOLE_NUMBER_FIELDS.has(key) && !Number.isInteger(patch)) return bad(`expected a whole number, got ${patch}`);
    if (isShareField(key) && patch > 1) return bad(`expected a share between 0 and 1, got ${patch}`);
    if (key === 'minPassing' && patch > 7) return bad('at most 7 indicators can pass');
    if (POSITIVE_FIELDS.has(key) && patch <= 0) return bad('must be greater than 0');
    return patch;
  }
  if (typeof base === 'string') {
    if (typeof patch !== 'string') return bad(`expected text, got ${JSON.stringify(patch)}`);
    if (key === 'qualifiedEducationMin' && !QUALIFIED_EDUCATIONS.has(patch)) return bad('expected ASSOCIATE or BACHELOR');
    if (key === 'education' && !ALL_EDUCATIONS.has(patch)) return bad(`expected one of ${EDUCATIONS.join(', ')}`);
    return patch;
  }
  if (typeof base === 'boolean') {
    if (typeof patch !== 'boolean') return bad(`expected true or false, got ${JSON.stringify(patch)}`);
    return patch;
  }
  return bad(`unexpected value ${JSON.stringify(patch)}`);
}

/**
 * A fresh copy of `base` with `patch` merged in. Only the base's own fields may be patched (a name
 * such as "toString" or "__proto__" is unknown, not inherited), with values of the same kind.
 */
function mergeDeep(base: unknown, patch: unknown, path: string[]): unknown {
  if (!isPlainObject(base)) return mergeLeaf(base, patch, path);
  if (!isPlainObject(patch)) {
    throw new StandardOverrideError(path[path.length - 1] ?? '', 'expected an object', path.join('.') || '(root)');
  }
  const out = cloneDeep(base);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(base, key)) throw new StandardOverrideError(key, undefined, [...path, key].join('.'));
    out[key] = mergeDeep(base[key], value, [...path, key]);
  }
  return out;
}

/**
 * A scenario's standard set: the base with the overrides applied. Never mutates the base and shares
 * no object with it; an unknown field or a value of the wrong kind throws, so a typo in an override
 * cannot silently do nothing.
 */
export function applyStandardOverrides(base: StandardSet, overrides: StandardOverrides | null | undefined, label?: string): StandardSet {
  if (!overrides || Object.keys(overrides).length === 0) return base;
  if (!isPlainObject(overrides)) throw new StandardOverrideError('', 'expected an object', '(root)');
  for (const fixed of ['id', 'version']) {
    if (Object.hasOwn(overrides, fixed)) throw new StandardOverrideError(fixed, 'a scenario cannot change the standard set\'s identity', fixed);
  }
  const { name: overriddenName, ...rest } = upgradeStandardOverrides(overrides);
  const merged = mergeDeep(base, rest, []) as StandardSet;
  checkRetirementRules(merged.rotation.retirement);
  if (overriddenName !== undefined && typeof overriddenName !== 'string') {
    throw new StandardOverrideError('name', 'expected text', 'name');
  }
  return { ...merged, id: `${base.id}+overrides`, name: label ?? overriddenName ?? `${base.name}（方案调整）` };
}

const GENDER_LABELS: Record<Gender, string> = { M: '男教师', F: '女教师' };

/** A schedule that the field checks let through but that makes no sense as a whole (max below base, a bad month). */
function checkRetirementRules(rules: RetirementRules): void {
  for (const gender of ['M', 'F'] as const) {
    const [problem] = retirementScheduleProblems(rules[gender]);
    if (problem) throw new StandardOverrideError(problem.field, `${GENDER_LABELS[gender]}${problem.message}`, `rotation.retirement.${gender}.${problem.field}`);
  }
}

/**
 * Overrides in today's shape: a set saved before the gradual rise (2025) names flat ages under
 * `rotation.retirementAge: { M?, F? }`; each becomes that gender's schedule with `baseAge` = `maxAge` =
 * the age (no rise), under any schedule fields also given. Checked like any override (whole years,
 * M or F only). Everything else is returned as it is.
 */
export function upgradeStandardOverrides(overrides: StandardOverrides): StandardOverrides {
  const rotation: unknown = overrides.rotation;
  if (!isPlainObject(rotation) || !Object.hasOwn(rotation, 'retirementAge')) return overrides;
  const { retirementAge: legacy, ...rest } = rotation;
  if (legacy !== undefined) {
    if (!isPlainObject(legacy)) throw new StandardOverrideError('retirementAge', 'expected an object', 'rotation.retirementAge');
    if (rest.retirement === undefined) rest.retirement = {};
    if (isPlainObject(rest.retirement)) {
      const retirement: Record<string, unknown> = { ...rest.retirement };
      for (const [gender, age] of Object.entries(legacy)) {
        if (age === undefined) continue;
        const path = ['rotation', 'retirementAge', gender];
        if (gender !== 'M' && gender !== 'F') throw new StandardOverrideError(gender, undefined, path.join('.'));
        mergeLeaf(NATIONAL_STANDARD_SET.rotation.retirement[gender].baseAge, age, path);
        const own = retirement[gender];
        retirement[gender] = { baseAge: age, maxAge: age, ...(isPlainObject(own) ? own : {}) };
      }
      rest.retirement = retirement;
    }
  }
  return { ...overrides, rotation: rest } as StandardOverrides;
}
