import type { IndicatorCode } from './indicators';
import type { RotationPoints } from './rotation-points';
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
  | 'NO_TEACHING_TIME'
  /**
   * Posts exist elsewhere in the county but the post-transfer rules kept them (a donor school needs them
   * for its own standards, or its yearly transfer limit is used up); the shortfall's note names rule and school.
   * QUOTA_EXHAUSTED then means: no movable post anywhere in the county.
   */
  | 'POSTS_HELD_BY_RULES';

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
  /** The teacher's published rotation points (积分) and their parts, at the plan's reference date. */
  points?: RotationPoints;
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

/** Vacant posts (编制) moved between two schools of one county (县管校聘, 统筹编制). */
export interface PlanPostTransfer {
  fromSchool: string;
  toSchool: string;
  posts: number;
  /** Why, for the 编制调剂表, e.g. "调入空编 3 个，用于补足教职工编制缺口：某某村小学". */
  reason: string;
  /** Administrative cost of these transfers, yuan per year (standard set's cost per transfer × posts; default 0). */
  annualCost?: number;
}

/** A teacher on loan (借调) recalled to their school (借调返校). */
export interface PlanRecall {
  staffNo: string;
  /** The school the teacher belongs to and returns to. */
  schoolCode: string;
  level: Level;
  reason: string;
  indicator?: IndicatorCode | null;
  /** The plan's start date: from then the teacher counts at the school. */
  startDate: string;
  /** Yearly cost of the recall, yuan (default 0). */
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
  /** Administrative cost of post transfers (absent: 0). */
  postTransfers?: number;
  /** Cost of recalls from loan (absent: 0). */
  recalls?: number;
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
    | 'BUDGET_LINE'
    /** A post-transfer row that does not fit: unknown or same school, another county, not a whole number, not vacant, or transfers switched off. */
    | 'POST_TRANSFER'
    /** A school sends more posts in the year than the standard set allows. */
    | 'POST_TRANSFER_LIMIT'
    /** A school left with fewer posts than its own staffing ratio needs. */
    | 'POST_TRANSFER_DONOR_STANDARD'
    /** Extra quota (增编) used while vacant posts of the county could still have moved. */
    | 'EXTRA_QUOTA_BEFORE_TRANSFER'
    /** A recall of a teacher who is not on loan, or not at the row's school or level. */
    | 'RECALL_NOT_ON_LOAN'
    /** A recall outside the scenario's recall scope (none, or not listed; locked or excluded). */
    | 'RECALL_OUT_OF_SCOPE';
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
  /** Vacant posts moved between schools (absent in older plans: none). */
  postTransfers?: PlanPostTransfer[];
  /** Teachers recalled from loan (absent in older plans: none). */
  recalls?: PlanRecall[];
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
