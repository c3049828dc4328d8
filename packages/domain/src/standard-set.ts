import type { Gender, Level } from './types';

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
  retirementAge: Record<Gender, number>;
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

export interface StandardSet {
  id: string;
  version: number;
  name: string;
  levels: Record<Level, LevelStandards>;
  rotation: RotationRules;
  sizes: SizeRules;
  sixOfSeven: SixOfSevenRule;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type StandardOverrides = DeepPartial<Omit<StandardSet, 'id' | 'version'>>;

const COMPULSORY_FACILITIES = {
  PRIMARY: { floorAreaPerStudentMin: 4.5, sportsAreaPerStudentMin: 7.5, equipmentPerStudentMin: 2000, multimediaPer100Min: 2.3 },
  JUNIOR: { floorAreaPerStudentMin: 5.8, sportsAreaPerStudentMin: 10.2, equipmentPerStudentMin: 2500, multimediaPer100Min: 2.4 },
};

/** The national defaults of 义务教育优质均衡 (domain.md, "Standards"). */
export const NATIONAL_STANDARD_SET: StandardSet = Object.freeze({
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
    retirementAge: { M: 60, F: 55 },
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
} satisfies StandardSet) as StandardSet;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergeDeep<T>(base: T, patch: unknown): T {
  if (!isPlainObject(patch) || !isPlainObject(base)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!(key in base)) throw new StandardOverrideError(key);
    out[key] = mergeDeep((base as Record<string, unknown>)[key], value);
  }
  return out as T;
}

export class StandardOverrideError extends Error {
  readonly code = 'BAD_STANDARD_OVERRIDE';
  constructor(readonly key: string) {
    super(`Unknown standard-set field "${key}" in overrides`);
  }
}

/**
 * A scenario's standard set: the base with the overrides applied. Never mutates the base;
 * an unknown field throws, so a typo in an override cannot silently do nothing.
 */
export function applyStandardOverrides(base: StandardSet, overrides: StandardOverrides | null | undefined, label?: string): StandardSet {
  if (!overrides || Object.keys(overrides).length === 0) return base;
  const merged = mergeDeep(base, overrides);
  return { ...merged, id: `${base.id}+overrides`, name: label ?? `${base.name}（方案调整）` };
}
