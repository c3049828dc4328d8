import { DEFAULT_SCENARIO, type ScenarioParameters } from '@junheng/domain';

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
