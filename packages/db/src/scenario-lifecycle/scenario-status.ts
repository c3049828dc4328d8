/**
 * The scenario's life as one transition table (like an order state machine): every status change is a
 * named operation, allowed only from the states listed here. Nothing else writes a scenario's status.
 *
 *   DRAFT → QUEUED → RUNNING → SOLVED → SUBMITTED → APPROVED → PUBLISHED → CLOSED → APPLIED
 *                         ↘ FAILED         ↘ REJECTED  ↘ WITHDRAWN (from SUBMITTED or APPROVED)
 *   QUEUED/RUNNING → CANCELLED; SOLVED (data changed) or CLOSED (apply refused on changed data) → STALE.
 */
export const SCENARIO_STATUSES = [
  'DRAFT', 'QUEUED', 'RUNNING', 'SOLVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'CLOSED', 'APPLIED',
  'STALE', 'FAILED', 'CANCELLED', 'WITHDRAWN',
] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

/** Statuses from which the parameters may change or the scenario run again (its plan is dropped). */
const EDITABLE: readonly ScenarioStatus[] = ['DRAFT', 'SOLVED', 'FAILED', 'CANCELLED', 'STALE', 'REJECTED', 'WITHDRAWN'];

export const SCENARIO_TRANSITIONS = {
  /** A new scenario (or a copy). */
  create: { from: [], to: 'DRAFT' },
  /** Parameters changed: back to DRAFT, the plan dropped. */
  edit: { from: EDITABLE, to: 'DRAFT' },
  queue: { from: EDITABLE, to: 'QUEUED' },
  /** A worker takes the run (again, when a retried job finds it RUNNING after a worker died). */
  claim: { from: ['QUEUED', 'RUNNING'], to: 'RUNNING' },
  progress: { from: ['RUNNING'], to: 'RUNNING' },
  store: { from: ['RUNNING'], to: 'SOLVED' },
  fail: { from: ['RUNNING'], to: 'FAILED' },
  cancel: { from: ['QUEUED', 'RUNNING'], to: 'CANCELLED' },
  /** PLANNER hands the solved plan to the bureau's leadership. */
  submit: { from: ['SOLVED'], to: 'SUBMITTED' },
  approve: { from: ['SUBMITTED'], to: 'APPROVED' },
  reject: { from: ['SUBMITTED'], to: 'REJECTED' },
  withdraw: { from: ['SUBMITTED', 'APPROVED'], to: 'WITHDRAWN' },
  /** HR publishes the notice (公示) with its window. */
  publish: { from: ['APPROVED'], to: 'PUBLISHED' },
  /** An objection recorded, and one decided (an upheld one re-solves the plan): the status stays. */
  object: { from: ['PUBLISHED'], to: 'PUBLISHED' },
  decide: { from: ['PUBLISHED'], to: 'PUBLISHED' },
  /** The window has ended and every objection is decided. */
  close: { from: ['PUBLISHED'], to: 'CLOSED' },
  apply: { from: ['CLOSED'], to: 'APPLIED' },
  markStale: { from: ['SOLVED', 'CLOSED'], to: 'STALE' },
} as const satisfies Record<string, { from: readonly ScenarioStatus[]; to: ScenarioStatus }>;

export type ScenarioOperation = keyof typeof SCENARIO_TRANSITIONS;
export const SCENARIO_OPERATIONS = Object.keys(SCENARIO_TRANSITIONS) as ScenarioOperation[];

export function allowedFrom(operation: ScenarioOperation): readonly ScenarioStatus[] {
  return SCENARIO_TRANSITIONS[operation].from;
}

export function canTransition(from: ScenarioStatus, operation: ScenarioOperation): boolean {
  return (SCENARIO_TRANSITIONS[operation].from as readonly ScenarioStatus[]).includes(from);
}

/** The operations a scenario in `status` allows (what the web offers, before roles). */
export function operationsFrom(status: ScenarioStatus): ScenarioOperation[] {
  return SCENARIO_OPERATIONS.filter((op) => canTransition(status, op));
}

/** Statuses that have a stored plan. */
export const STATUSES_WITH_PLAN: readonly ScenarioStatus[] = ['SOLVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'CLOSED', 'APPLIED', 'STALE', 'WITHDRAWN'];
