import {
  applyStandardOverrides,
  DEFAULT_SCENARIO,
  NATIONAL_STANDARD_SET,
  type ScenarioParameters,
  type StandardSet,
} from '@junheng/domain';

/** A stored scenario's parameters, with defaults for anything an older row lacks. */
export function scenarioParametersOf(row: { countyCode: string; year: number; parameters: Record<string, unknown> }): ScenarioParameters {
  const stored = row.parameters as Partial<ScenarioParameters>;
  return {
    ...DEFAULT_SCENARIO,
    ...stored,
    countyCodes: stored.countyCodes?.length ? stored.countyCodes : [row.countyCode],
    year: row.year,
  };
}

export function standardSetOf(parameters: ScenarioParameters, base: StandardSet = NATIONAL_STANDARD_SET): StandardSet {
  return applyStandardOverrides(base, parameters.overrides);
}
