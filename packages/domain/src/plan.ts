import type { IndicatorCode } from './indicators';
import type { Education, Level, SubjectGroup } from './types';

export type SolveStatus = 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'TIME_LIMIT' | 'ERROR';

/** Why a gap remains after the plan. */
export type ShortfallCause =
  | 'BUDGET'
  | 'NO_ELIGIBLE_DONOR'
  | 'QUOTA_EXHAUSTED'
  | 'DONOR_LIMIT'
  | 'FACILITIES'
  | 'TIME_LIMIT'
  | 'OTHER'
  /** A class split needs a classroom: no spare room and none can be built (no 新增教室 cost, or no money). */
  | 'NO_CLASSROOM'
  /** A class split needs teaching time: no spare periods and no hire or rotation can bring them. */
  | 'NO_TEACHING_TIME';

export interface PlanRotation {
  staffNo: string;
  fromSchool: string;
  toSchool: string;
  level: Level;
  /** Which indicator of which receiving school it serves, e.g. "Q1 at 某某村小学". */
  reason: string;
  /** Indicator served, machine-readable. */
  indicator?: IndicatorCode | null;
  startDate: string;
  termYears: number;
  distanceKm?: number;
}

export interface PlanHire {
  schoolCode: string;
  level: Level;
  subjectGroup: SubjectGroup;
  education: Education;
  count: number;
  /** Yearly cost of all `count` posts, yuan. */
  annualCost: number;
  /** How many of `count` use extra quota (有需增编) rather than existing vacancies. */
  extraQuota?: number;
  /** Education below the standard set's hire minimum for the level (only when the scenario allows it). */
  belowMinimum?: boolean;
  /** Which indicator of which school the hire serves, e.g. "补足高于规定学历教师（Q1）：某某村小学". */
  reason?: string;
  indicator?: IndicatorCode | null;
  /** The post requires the teacher certificate of its level (standard set's hire minimum). */
  certificateRequired?: boolean;
}

export interface PlanClassSplit {
  schoolCode: string;
  level: Level;
  classesBefore: number;
  classesAfter: number;
  /** New classrooms built for it (the rest come from the school's spare rooms). */
  classroomsBuilt?: number;
  /** Weekly teaching periods the extra classes need, and that many teachers (periods / periods per teacher). */
  teachingPeriods?: number;
  teachersNeeded?: number;
  /** Yearly cost of the classrooms built, yuan. */
  annualCost?: number;
}

export interface PlanShortfall {
  /** null for county-level rules (rotation quota, backbone share). */
  schoolCode: string | null;
  level: Level | null;
  indicator: IndicatorCode | 'ROTATION_QUOTA' | 'BACKBONE_SHARE';
  value: number | null;
  threshold: number;
  gapTeachers: number | null;
  cause: ShortfallCause;
  /** Yearly cost that would close this gap, when known. */
  costToClose?: number | null;
  /** For county rules: the limits that held eligible teachers back, in words for the planner. */
  note?: string | null;
}

export interface PlanCost {
  total: number;
  hires: number;
  rotation: number;
  transport: number;
  extraQuota: number;
  /** New classrooms for class splits (absent in plans made before classrooms were costed: 0). */
  classrooms?: number;
}

export interface PlanViolation {
  rule:
    | 'TEACHER_MOVES_TWICE'
    | 'UNKNOWN_TEACHER'
    | 'NOT_ELIGIBLE'
    | 'LOCKED_OR_EXCLUDED'
    | 'WRONG_LEVEL'
    | 'WRONG_FROM_SCHOOL'
    | 'DIRECTION'
    | 'DISTANCE'
    | 'DONOR_LOSS'
    | 'DONOR_STANDARDS'
    | 'ROTATION_QUOTA'
    | 'BACKBONE_SHARE'
    | 'BUDGET'
    | 'COST_MISMATCH'
    | 'VACANCIES'
    | 'CLASS_SPLIT'
    | 'STANDARD_NOT_MET'
    | 'SHORTFALL_NOT_REPORTED'
    | 'UNKNOWN_SCHOOL'
    | 'HIRE_BELOW_MINIMUM'
    | 'LEVEL_OUT_OF_SCOPE'
    | 'SPLIT_NO_CLASSROOM'
    | 'SPLIT_NO_TEACHING_TIME'
    | 'BUDGET_LINE';
  message: string;
  schoolCode?: string;
  level?: Level;
  staffNo?: string;
}

export interface PlanCheckVerdict {
  passes: boolean;
  violations: PlanViolation[];
}

/** The plan file: the CLI's and the exports' contract. */
export interface Plan {
  county: string;
  /** All counties of the region the plan covers (a city plans several). */
  counties?: string[];
  year: number;
  backend: string;
  status: SolveStatus;
  /** Relative optimality gap; 0 when proven optimal. */
  gap: number;
  cost: PlanCost;
  rotations: PlanRotation[];
  hires: PlanHire[];
  classSplits: PlanClassSplit[];
  shortfalls: PlanShortfall[];
  check: PlanCheckVerdict;
  /** County balance (差异系数) of every level and resource indicator, before and after the plan. */
  balance?: PlanBalanceRow[];
  /** Yearly spending per budget line (科目) the plan draws on, when the solver reports it. */
  spendingByLine?: Array<{ category: string; amount: number }>;
  /** Yearly spending by level (absent in plans made before it was reported). */
  spendingByLevel?: Array<{ level: Level; amount: number }>;
}

/** One level's student-weighted coefficient of variation of one indicator, before and after a plan. */
export interface PlanBalanceRow {
  /** The county (a city plan has rows per county). */
  county: string;
  level: Level;
  indicator: IndicatorCode;
  cvBefore: number | null;
  cvAfter: number | null;
  threshold: number | null;
  passesBefore: boolean;
  passesAfter: boolean;
}
