import { DEFAULT_SCENARIO, type ScenarioParameters } from '@junheng/domain';

/** The version of the stored parameters' shape; rows without one are version 0 (the same fields, some absent). */
export const SCENARIO_PARAMETERS_VERSION = 1;

export type StoredScenarioParameters = ScenarioParameters & { version: typeof SCENARIO_PARAMETERS_VERSION };

export class StoredScenarioError extends Error {
  readonly code = 'BAD_STORED_SCENARIO';
}

const STRING_LISTS = ['countyCodes', 'lockedStaffNos', 'excludedStaffNos', 'exemptStaffNos'] as const;

/** The parameters as stored (the JSON of `scenario.parameters`), with their version. */
export function encodeScenarioParameters(parameters: ScenarioParameters): Record<string, unknown> {
  const { ...plain } = parameters as ScenarioParameters & { version?: number };
  delete plain.version;
  return { version: SCENARIO_PARAMETERS_VERSION, ...plain };
}

/**
 * The one decoder of a stored scenario's parameters: defaults for anything an older row lacks, the
 * county and year of the row, and a clear error for what no version of ours wrote.
 */
export function scenarioParametersOf(row: { id?: string; countyCode: string; year: number; parameters: Record<string, unknown> }): ScenarioParameters {
  const stored = (row.parameters ?? {}) as Partial<ScenarioParameters> & { version?: unknown };
  const version = stored.version ?? 0;
  if (typeof version !== 'number' || version > SCENARIO_PARAMETERS_VERSION) {
    throw new StoredScenarioError(`Scenario ${row.id ?? ''} has parameters of version ${String(version)}, newer than this program (${SCENARIO_PARAMETERS_VERSION})`);
  }
  for (const key of STRING_LISTS) {
    const value = stored[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      throw new StoredScenarioError(`Scenario ${row.id ?? ''}: stored parameter ${key} is not a list of strings`);
    }
  }
  const { version: _version, ...fields } = stored;
  return {
    ...DEFAULT_SCENARIO,
    ...fields,
    countyCodes: fields.countyCodes?.length ? fields.countyCodes : [row.countyCode],
    year: row.year,
  };
}
