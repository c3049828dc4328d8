import type { Plan } from '@junheng/domain';
import { StoredScenarioError } from './scenario-parameters-codec';

/** The version of the stored plan's shape (`plan.body`); rows without one are version 0 (the same shape). */
export const STORED_PLAN_VERSION = 1;

/**
 * A stored plan: the domain plan plus what the job computed with it (explanation, sections before and
 * after, balance, solver figures), whose shapes belong to the packages that read them.
 */
export interface StoredPlan {
  version: number;
  plan: Plan;
  [part: string]: unknown;
}

export function encodeStoredPlan(body: { plan: Plan } & Record<string, unknown>): Record<string, unknown> {
  return { ...body, version: STORED_PLAN_VERSION };
}

/** The one decoder of `plan.body`. */
export function decodeStoredPlan(body: unknown): StoredPlan {
  if (typeof body !== 'object' || body === null) throw new StoredScenarioError('A stored plan is not an object');
  const stored = body as Record<string, unknown>;
  const version = stored.version ?? 0;
  if (typeof version !== 'number' || version > STORED_PLAN_VERSION) {
    throw new StoredScenarioError(`A stored plan has version ${String(version)}, newer than this program (${STORED_PLAN_VERSION})`);
  }
  const plan = stored.plan as Partial<Plan> | undefined;
  if (!plan || !Array.isArray(plan.rotations) || !Array.isArray(plan.hires)) {
    throw new StoredScenarioError('A stored plan has no plan with rotations and hires');
  }
  return { ...stored, version, plan: plan as Plan };
}
