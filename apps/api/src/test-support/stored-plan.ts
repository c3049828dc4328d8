import { dataFingerprint, PlanEntity, ScenarioEntity } from '@junheng/db';
import type { Plan, PlanRotation } from '@junheng/domain';
import type { DataSource } from 'typeorm';

/** A rotation of a plan, with the defaults of the standard set (term of 3 years from Sept 1, 2026). */
export function planRotation(staffNo: string, fromSchool: string, toSchool: string, extra: Partial<PlanRotation> = {}): PlanRotation {
  return { staffNo, fromSchool, toSchool, level: 'PRIMARY', reason: `Q1 at ${toSchool}`, indicator: 'Q1', startDate: '2026-09-01', termYears: 3, distanceKm: 4.5, ...extra };
}

/**
 * A SOLVED scenario of a county with a stored plan of these rotations (no hires), fingerprinted on the
 * county's data as it is now: what a solve leaves behind, without running the solver.
 */
export async function storeSolvedPlan(
  ds: DataSource, countyCode: string, name: string, rotations: PlanRotation[],
  extra: { plan?: Partial<Plan>; parameters?: Record<string, unknown> } = {},
): Promise<string> {
  const scenario = await ds.getRepository(ScenarioEntity).save({ countyCode, year: 2026, name, status: 'SOLVED', parameters: extra.parameters ?? {} });
  const plan = {
    county: countyCode, year: 2026, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
    rotations, hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
    ...extra.plan,
  };
  await ds.getRepository(PlanEntity).save({ scenarioId: scenario.id, fingerprint: await dataFingerprint(ds, countyCode), body: { plan } });
  return scenario.id;
}
