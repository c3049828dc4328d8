import type { DatedTargetResult } from './dated-targets';
import type { Plan } from './plan';
import type { RotationReturn } from './rollover';
import type { ScenarioParameters } from './scenario';
import type { Level } from './types';

/** A multi-year scenario spans at most five school years (五三一: places are forecast five years ahead). */
export const MULTI_YEAR_MAX = 5;

export class MultiYearParameterError extends Error {
  readonly code = 'BAD_MULTI_YEAR';
  constructor(message: string) {
    super(message);
  }
}

/** A teacher who reached the statutory retirement age by the year's September 1 and left the roster. */
export interface PlanYearRetirement {
  staffNo: string;
  name: string;
  schoolCode: string;
  level: Level;
}

/** One year of a multi-year plan. */
export interface PlanYear {
  year: number;
  /** The year's own plan (new rotations, hires, splits, transfers, recalls), checked against the year's region. */
  plan: Plan;
  /**
   * Yearly cost of earlier years' plans still running this year, yuan: hires, extra quota and classrooms
   * (every later year) and rotations with their transport (until their term ends).
   */
  carriedCost: number;
  /** The year's budget cap (null: none) and what it left for new spending after the carried cost. */
  budgetCap: number | null;
  newSpendingCap: number | null;
  /** carriedCost + the plan's own cost. */
  yearCost: number;
  /** Teachers retired at the year's September 1 (none in the first year: the roster is as given). */
  retirements: PlanYearRetirement[];
  /** Rotation terms ended at the year's September 1: back at the home school. */
  returning: RotationReturn[];
  /** Students in the year (the first year as given; later years forecast). */
  students: number;
  /** Teachers short after the plan over every shortfall row (the backbone share excepted). */
  shortfallTeachers: number;
}

/** A plan over several school years, solved year by year with the next year's needs visible. */
export interface MultiYearPlan {
  /** The first plan year (the scenario's year). */
  baseYear: number;
  years: PlanYear[];
  /** Sum of the years' costs (carried and new), yuan. */
  totalCost: number;
  /** Whether each year was solved seeing the next year's students (false: each year alone). */
  lookahead: boolean;
  /** The scenario's dated targets, each judged in its year: met or not, and what remains. */
  targets: DatedTargetResult[];
}

/**
 * The scenario's years (1 to 5, default 1) and the budget cap of each: `yearBudgetCaps` when given
 * (one per year, null for no cap), else `budgetCap` every year. Throws MultiYearParameterError naming
 * what is wrong.
 */
export function multiYearCaps(scenario: Pick<ScenarioParameters, 'budgetCap'> & { years?: number | null; yearBudgetCaps?: ReadonlyArray<number | null> | null }): (number | null)[] {
  const years = scenario.years ?? 1;
  if (!Number.isInteger(years) || years < 1 || years > MULTI_YEAR_MAX) throw new MultiYearParameterError(`规划年数须为 1 到 ${MULTI_YEAR_MAX} 的整数（收到 ${years}）`);
  const caps = scenario.yearBudgetCaps;
  if (caps === undefined || caps === null) return Array.from({ length: years }, () => scenario.budgetCap);
  if (caps.length !== years) throw new MultiYearParameterError(`逐年预算上限须有 ${years} 个（每个规划年一个），收到 ${caps.length} 个`);
  caps.forEach((c, i) => {
    if (c !== null && (!Number.isFinite(c) || c < 0)) throw new MultiYearParameterError(`第 ${i + 1} 年的预算上限须为非负数（收到 ${c}）`);
  });
  return [...caps];
}

/**
 * What year k (0-based) of a multi-year plan may newly spend, yuan a year: its own cap less what the
 * earlier years' plans still cost in it, and no more than any later year's cap leaves after what the
 * earlier years cost there, because what year k starts keeps costing (hires, extra quota and
 * classrooms for good, rotations for their term: taken as running to the horizon, on the safe side).
 * `carriedInto(j)` is the yearly cost in year j of the plans of the years before k. Null when no year
 * from k on has a cap. So every year's cost stays within its cap, whatever the later caps are.
 */
export function newSpendingCap(caps: ReadonlyArray<number | null>, k: number, carriedInto: (j: number) => number): number | null {
  let room: number | null = null;
  for (let j = k; j < caps.length; j++) {
    const cap = caps[j];
    if (cap === null || cap === undefined) continue;
    const left = Math.max(0, cap - carriedInto(j));
    room = room === null ? left : Math.min(room, left);
  }
  return room;
}

/** Teachers short in a plan's shortfall rows (the backbone share excepted: it follows the rotations). */
export function planShortfallTeachers(plan: Pick<Plan, 'shortfalls'>): number {
  return plan.shortfalls.filter((s) => s.indicator !== 'BACKBONE_SHARE').reduce((a, s) => a + (s.gapTeachers ?? 0), 0);
}
