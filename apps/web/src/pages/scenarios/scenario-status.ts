import type { ScenarioStatus } from '../../gql/graphql';

/** A run is in flight: poll its progress. */
export function isActive(status: ScenarioStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** Parameters can change and a run can start: the API's `edit` and `queue` states (not in review, on notice or applied). */
const EDITABLE: ReadonlySet<ScenarioStatus> = new Set(['DRAFT', 'SOLVED', 'FAILED', 'CANCELLED', 'STALE', 'REJECTED', 'WITHDRAWN']);

export function canRun(status: ScenarioStatus): boolean {
  return EDITABLE.has(status);
}

/** Applying takes a closed notice (the API offers APPLY in availableActions then). */
export function canApply(status: ScenarioStatus): boolean {
  return status === 'CLOSED';
}

/** States that carry a solved plan. */
const WITH_PLAN: ReadonlySet<ScenarioStatus> = new Set(['SOLVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'CLOSED', 'APPLIED', 'STALE', 'WITHDRAWN']);

export function hasPlan(status: ScenarioStatus): boolean {
  return WITH_PLAN.has(status);
}
