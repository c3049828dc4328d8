import type { ComplianceTarget, MoveDirections, ScenarioParametersInput, SolveMode } from '../../gql/graphql';

export interface ScenarioFormValues {
  name: string;
  year: number;
  budgetCap: number | null;
  mode: SolveMode;
  target: ComplianceTarget;
  directions: MoveDirections;
  distanceLimitKm: number | null;
  extraQuotaPerSchool: number;
  lockedStaffNos: string[];
  excludedStaffNos: string[];
}

/** The form's values as the API's parameters (empty budget: no cap; empty distance: the standard's). */
export function toParameters(v: ScenarioFormValues): ScenarioParametersInput {
  return {
    name: v.name.trim(),
    year: v.year,
    budgetCap: v.budgetCap ?? null,
    mode: v.mode,
    target: v.target,
    directions: v.directions,
    distanceLimitKm: v.distanceLimitKm ?? null,
    extraQuotaPerSchool: v.extraQuotaPerSchool ?? 0,
    lockedStaffNos: v.lockedStaffNos ?? [],
    excludedStaffNos: v.excludedStaffNos ?? [],
  };
}
