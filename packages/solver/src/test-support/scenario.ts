import { DEFAULT_SCENARIO, type RegionData, type ScenarioParameters } from '@junheng/domain';

export function scenarioFor(region: RegionData, over: Partial<ScenarioParameters> = {}): ScenarioParameters {
  return { ...DEFAULT_SCENARIO, countyCodes: region.counties.map((c) => c.code), year: 2027, ...over };
}
