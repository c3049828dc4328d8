import type { ComplianceTarget, Level, MoveDirections, RecallScopeKind, ScenarioParametersInput, SolveMode } from '../../gql/graphql';
import { countOverrides, type Overrides } from '../../standards/standard-fields';

export interface ScenarioFormValues {
  name: string;
  year: number;
  budgetCap: number | null;
  /** School years planned, 1 to 5. */
  years: number;
  /** Each year's cap (an empty one: `budgetCap`); used when years > 1. */
  yearBudgetCaps: Array<number | null | undefined>;
  mode: SolveMode;
  target: ComplianceTarget;
  directions: MoveDirections;
  distanceLimitKm: number | null;
  extraQuotaPerSchool: number;
  /** Applying the plan may commit more than a budget line holds. */
  allowBudgetOverrun: boolean;
  lockedStaffNos: string[];
  excludedStaffNos: string[];
  /** Changes to the county's standard set for this scenario only. */
  overrides: Overrides;
  /** Hires below the level's minimum education allowed (each flagged). */
  allowHiresBelowMinimum: boolean;
  /** Levels planned; empty: every level the county has. */
  levels: Level[];
  /** Budget lines drawn on; empty: only the budget cap. */
  budgetCategories: string[];
  /** Vacant posts may move between the county's schools (统筹编制). */
  allowPostTransfers: boolean;
  /** Which teachers on loan the plan may recall; `recallStaffNos` with LISTED. */
  recallKind: RecallScopeKind;
  recallStaffNos: string[];
}

/** A new scenario's form: no cap, the default mode, target and directions, nothing locked or changed. */
export function newScenarioValues(year: number): ScenarioFormValues {
  return {
    name: '',
    year,
    budgetCap: null,
    years: 1,
    yearBudgetCaps: [],
    mode: 'BEST_WITHIN_BUDGET',
    target: 'ALL_CHECKS',
    directions: 'DEFAULT',
    distanceLimitKm: null,
    extraQuotaPerSchool: 0,
    allowBudgetOverrun: false,
    lockedStaffNos: [],
    excludedStaffNos: [],
    overrides: {},
    allowHiresBelowMinimum: false,
    levels: [],
    budgetCategories: [],
    allowPostTransfers: true,
    recallKind: 'ALL',
    recallStaffNos: [],
  };
}

/**
 * Each year's budget cap of a multi-year scenario: the year's own, else the yearly cap (null: none);
 * null for one year (the budget cap holds).
 */
export function yearCapsOf(v: Pick<ScenarioFormValues, 'years' | 'budgetCap' | 'yearBudgetCaps'>): Array<number | null> | null {
  const years = v.years ?? 1;
  if (years <= 1) return null;
  return Array.from({ length: years }, (_, i) => v.yearBudgetCaps?.[i] ?? v.budgetCap ?? null);
}

/**
 * The form's values as the API's parameters (empty budget: no cap; empty distance: the standard's; no
 * standard changes: empty text, which clears earlier ones; several years: each year's cap).
 */
export function toParameters(v: ScenarioFormValues): ScenarioParametersInput {
  return {
    name: v.name.trim(),
    year: v.year,
    budgetCap: v.budgetCap ?? null,
    years: v.years ?? 1,
    yearBudgetCaps: yearCapsOf(v),
    mode: v.mode,
    target: v.target,
    directions: v.directions,
    distanceLimitKm: v.distanceLimitKm ?? null,
    extraQuotaPerSchool: v.extraQuotaPerSchool ?? 0,
    allowBudgetOverrun: v.allowBudgetOverrun ?? false,
    lockedStaffNos: v.lockedStaffNos ?? [],
    excludedStaffNos: v.excludedStaffNos ?? [],
    // Undefined when the editor never mounted (its base set not loaded): the scenario keeps its changes.
    overrides: v.overrides === undefined ? undefined : countOverrides(v.overrides) > 0 ? JSON.stringify(v.overrides) : '',
    allowHiresBelowMinimum: v.allowHiresBelowMinimum ?? false,
    levels: v.levels && v.levels.length > 0 ? v.levels : null,
    budgetCategories: v.budgetCategories && v.budgetCategories.length > 0 ? v.budgetCategories : null,
    allowPostTransfers: v.allowPostTransfers ?? true,
    // Staff numbers only with LISTED (the API refuses them otherwise).
    recalls: { kind: v.recallKind ?? 'ALL', staffNos: v.recallKind === 'LISTED' ? (v.recallStaffNos ?? []) : null },
  };
}
