import type { DatedTarget } from './dated-targets';
import type { StandardOverrides } from './standard-set';
import type { AreaType, Level } from './types';

export type SolveMode = 'BEST_WITHIN_BUDGET' | 'CHEAPEST_FULL_COMPLIANCE';
export type SolverBackendName = 'highs' | 'jslp' | 'auto';
/** What the solver aims at: every staffing check, or the national six-of-seven rule. */
export type ComplianceTarget = 'ALL_CHECKS' | 'SIX_OF_SEVEN';

/**
 * Allowed move directions. DEFAULT: from an urban or town school to a rural one, or from a strong
 * school to a weak one (domain.md: "from urban or town schools and strong schools towards rural and
 * weak schools"; urban to town is another direction, allowed only by PAIRS or ANY). ANY: every direction. Otherwise the listed area pairs (and weak schools
 * receive from strong ones when `strongToWeak` is set).
 */
export type MoveDirections =
  | { kind: 'DEFAULT' }
  | { kind: 'ANY' }
  | { kind: 'PAIRS'; pairs: Array<{ from: AreaType; to: AreaType }>; strongToWeak: boolean };

export interface ObjectiveWeights {
  /** Penalty per teacher of shortfall, weighted by students affected. */
  shortfall: number;
  cost: number;
  distance: number;
}

/** The parameters of one planning scenario (plain data; stored by the API, read by the solver). */
export interface ScenarioParameters {
  countyCodes: string[];
  year: number;
  /** Yearly budget cap, yuan; null means no cap. */
  budgetCap: number | null;
  overrides: StandardOverrides | null;
  directions: MoveDirections;
  /** Overrides the standard set's distance limit when set. */
  distanceLimitKm: number | null;
  lockedStaffNos: string[];
  excludedStaffNos: string[];
  /** Teachers exempted from rotation eligibility (illness, pregnancy, principal's decision). */
  exemptStaffNos: string[];
  /** Extra quota (有需增编) may be added at its cost, up to this many posts per school (0 = none). */
  extraQuotaPerSchool: number;
  mode: SolveMode;
  target: ComplianceTarget;
  backend: SolverBackendName;
  timeLimitSeconds: number;
  mipGap: number;
  weights: ObjectiveWeights | null;
  /** Applying the plan may commit more than a budget line holds (default false: refused with BUDGET_OVERRUN). */
  allowBudgetOverrun?: boolean;
  /** Hires below the standard set's minimum for their level are allowed (each flagged); absent: false. */
  allowHiresBelowMinimum?: boolean;
  /** Levels the plan covers; null or absent: every level the county has. Others get no hires, splits or incoming rotations. */
  levels?: Level[] | null;
  /**
   * Budget lines (科目) the plan draws on: each cost kind from its line (`budgetCategoryOfCost`), bounded by
   * the line's amount minus what is committed. null or absent: no line bounds, only `budgetCap`.
   */
  budgetCategories?: string[] | null;
  /** Vacant posts may move between the county's schools (县管校聘) within the standard set's limits; absent: true. */
  allowPostTransfers?: boolean;
  /** Teachers on loan the plan may recall; absent: ALL. */
  recalls?: RecallScope;
  /** School years the plan spans, 1 to 5 (absent: 1); each later year is planned on its forecast. */
  years?: number;
  /** Budget cap of each year, one per year (null: no cap); absent: `budgetCap` every year. */
  yearBudgetCaps?: (number | null)[] | null;
  /** Dated targets (no class of 56 or more by 2028-09, six of seven by a year) the multi-year plan reports on. */
  targets?: DatedTarget[] | null;
}

/** Which teachers on loan (借调) the plan may recall: all, none, or the listed staff numbers. */
export type RecallScope = { kind: 'ALL' } | { kind: 'NONE' } | { kind: 'LISTED'; staffNos: string[] };

export const DEFAULT_SCENARIO: Omit<ScenarioParameters, 'countyCodes' | 'year'> = Object.freeze({
  budgetCap: null,
  overrides: null,
  directions: { kind: 'DEFAULT' },
  distanceLimitKm: null,
  lockedStaffNos: [],
  excludedStaffNos: [],
  exemptStaffNos: [],
  extraQuotaPerSchool: 0,
  mode: 'BEST_WITHIN_BUDGET',
  target: 'ALL_CHECKS',
  backend: 'auto',
  timeLimitSeconds: 30,
  mipGap: 0.005,
  weights: null,
  allowBudgetOverrun: false,
  allowHiresBelowMinimum: false,
  levels: null,
  budgetCategories: null,
  allowPostTransfers: true,
  recalls: { kind: 'ALL' },
}) as Omit<ScenarioParameters, 'countyCodes' | 'year'>;

/** Whether a move from one school to another goes in an allowed direction. */
export function isAllowedDirection(
  from: { area: AreaType; weak: boolean },
  to: { area: AreaType; weak: boolean },
  directions: MoveDirections,
): boolean {
  switch (directions.kind) {
    case 'ANY':
      return true;
    case 'DEFAULT':
      return (from.area !== 'RURAL' && to.area === 'RURAL') || (!from.weak && to.weak);
    case 'PAIRS':
      return directions.pairs.some((p) => p.from === from.area && p.to === to.area) || (directions.strongToWeak && !from.weak && to.weak);
  }
}
