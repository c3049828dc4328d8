import type { ScenarioStatus } from '../../gql/graphql';

/** A run is in flight: poll its progress. */
export function isActive(status: ScenarioStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** Parameters can change and a run can start (not while running, not once applied). */
export function canRun(status: ScenarioStatus): boolean {
  return !isActive(status) && status !== 'APPLIED';
}

export function canApply(status: ScenarioStatus): boolean {
  return status === 'SOLVED';
}

/** A comparison takes solved plans only. */
export function hasPlan(status: ScenarioStatus): boolean {
  return status === 'SOLVED' || status === 'APPLIED' || status === 'STALE';
}
