/** Core vocabulary of the domain (see shared/domain.md). Plain data, no behaviour. */

import type { Hardship } from './rotation-points';

export const LEVELS = ['PRIMARY', 'JUNIOR', 'SENIOR'] as const;
export type Level = (typeof LEVELS)[number];

/** The levels (学段) as lists, tables and documents print them. */
export const LEVEL_LABELS_ZH: Record<Level, string> = { PRIMARY: '小学', JUNIOR: '初中', SENIOR: '高中' };

export const SCHOOL_KINDS = ['PRIMARY', 'JUNIOR', 'SENIOR', 'NINE_YEAR', 'COMPLETE_SECONDARY', 'TEACHING_POINT'] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

export const AREA_TYPES = ['URBAN', 'TOWN', 'RURAL'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** Ordered from lowest to highest. */
export const EDUCATIONS = ['SECONDARY_VOCATIONAL', 'HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE'] as const;
export type Education = (typeof EDUCATIONS)[number];

export const BACKBONE_LEVELS = ['NONE', 'COUNTY', 'CITY', 'PROVINCE'] as const;
export type BackboneLevel = (typeof BACKBONE_LEVELS)[number];

export const TEACHER_STATUSES = ['ACTIVE', 'ON_LOAN', 'LEAVE'] as const;
export type TeacherStatus = (typeof TEACHER_STATUSES)[number];

export type Gender = 'M' | 'F';

export const SUBJECT_GROUPS = ['CORE', 'PE_ARTS', 'OTHER'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export interface County {
  code: string;
  name: string;
  /** City (市) code the county belongs to, when known. */
  cityCode?: string | null;
  cityName?: string | null;
}

export interface Facilities {
  floorAreaM2: number;
  sportsAreaM2: number;
  equipmentYuan: number;
  multimediaRooms: number;
}

export interface School {
  code: string;
  name: string;
  countyCode: string;
  township: string;
  kind: SchoolKind;
  area: AreaType;
  weak: boolean;
  educationGroup?: string | null;
  lat: number;
  lon: number;
  /** Approved teaching posts (编制). */
  quota: number;
  facilities: Facilities;
  /**
   * Posts earmarked (预留) for hires of an applied plan that no roster shows yet: they are no longer
   * open, so vacancies subtract them until a roster import adds the hired teacher. Absent: none.
   */
  earmarkedPosts?: number;
  /** Ordinary classrooms (普通教室数); null or absent: unknown, so none are assumed spare. */
  classrooms?: number | null;
}

export interface Section {
  schoolCode: string;
  level: Level;
  students: number;
  classes: number;
  classes56Plus: number;
  classes66Plus: number;
}

export interface Teacher {
  staffNo: string;
  name: string;
  gender: Gender;
  /** YYYY-MM-DD */
  birthDate: string;
  idNumber: string;
  schoolCode: string;
  level: Level;
  subject: string;
  education: Education;
  title: string;
  certificate: boolean;
  backbone: BackboneLevel;
  /** YYYY-MM: month the teacher started at the current school. */
  startedAtSchool: string;
  status: TeacherStatus;
  /** Yearly cost to the budget, yuan. */
  annualCost: number;
  /** School codes the teacher would accept for a rotation, if stated. */
  preferredSchools?: string[];
  homeTownship?: string | null;
  /**
   * 交流轮岗: the school that holds the teacher's post (编制) while they teach at `schoolCode` on a
   * rotation. Null or absent: the post is at the current school.
   */
  homeSchoolCode?: string | null;
  /** YYYY-MM-DD: the day the current rotation's term ends (null or absent when not rotating). */
  rotationEnd?: string | null;
  /** Documented hardship (困难情形) that lowers the teacher's rotation points; absent or empty: none. */
  hardships?: Hardship[];
}

export interface BudgetLine {
  year: number;
  countyCode: string;
  category: string;
  amount: number;
  /** Already committed by applied plans (absent: 0). */
  committed?: number;
}

export type CostItem = 'HIRE' | 'ROTATION' | 'TRANSPORT' | 'EXTRA_QUOTA' | 'CLASSROOM';

/** Yearly costs of the levers the solver can pull, for one county. */
export interface CostTable {
  countyCode: string;
  /** New teacher's yearly cost by area of the post and education. */
  hire: Array<{ area: AreaType; education: Education; amount: number }>;
  /** Rotation allowance per rotating teacher per year. */
  rotationAllowance: number;
  /** Transport allowance bands: the band with the largest minKm not above the distance applies. */
  transport: Array<{ minKm: number; amount: number }>;
  /** Extra cost per post of extra quota (on top of the hire itself). */
  extraQuota: number;
  /** Yearly cost of one new classroom (新增教室); null or absent: classrooms cannot be built. */
  classroom?: number | null;
}

/**
 * Students of one grade (年级) of a school's section, this school year: the cohort base of the outlook.
 * Grades are numbered through: 1-6 primary (一年级 ... 六年级), 7-9 junior (七年级 ... 九年级), 10-12
 * senior (高一 ... 高三).
 */
export interface GradeCount {
  schoolCode: string;
  level: Level;
  grade: number;
  students: number;
}

/**
 * Expected first-year intake (入学预测) of a level in a school year: for one school, or for a township
 * (then shared among the township's schools of that level). Exactly one of schoolCode / township is set.
 */
export interface IntakeForecast {
  countyCode: string;
  schoolCode: string | null;
  township: string | null;
  level: Level;
  /** The school year starting September 1 of this year. */
  year: number;
  students: number;
}

/** Everything the indicators, the solver and the checker need about one region. */
export interface RegionData {
  counties: County[];
  schools: School[];
  sections: Section[];
  teachers: Teacher[];
  budgets: BudgetLine[];
  costTables: CostTable[];
  /** Optional 年级 sheet: students per grade. Absent or empty: the outlook is coarse (from section totals). */
  grades?: GradeCount[];
  /** Optional 入学预测 sheet. Absent: the intake repeats this year's first grade. */
  intake?: IntakeForecast[];
  /**
   * Hires of applied plans that no roster shows yet (their posts are earmarked, `School.earmarkedPosts`):
   * the outlook counts them as present from the next school year. Absent: none.
   */
  expectedHires?: ExpectedHire[];
}

/** Teachers an applied plan hires at a school and level, not yet on the roster. */
export interface ExpectedHire {
  schoolCode: string;
  level: Level;
  subjectGroup: SubjectGroup;
  education: Education;
  count: number;
}
