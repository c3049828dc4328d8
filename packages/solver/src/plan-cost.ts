import { distanceKm, rotationCost, type PlanClassSplit, type PlanCost, type PlanHire, type PlanRotation } from '@junheng/domain';
import type { RegionIndex } from './region-index';

/** The yearly cost of plan rows, from the cost table (extra quota: hires beyond a school's vacancies; classrooms built for splits). */
export function planCost(index: RegionIndex, rotations: readonly PlanRotation[], hires: readonly PlanHire[], splits: readonly PlanClassSplit[] = []): PlanCost {
  let rotation = 0;
  let transport = 0;
  for (const r of rotations) {
    const from = index.schools.get(r.fromSchool)!;
    const to = index.schools.get(r.toSchool)!;
    const c = rotationCost(from.costTable, distanceKm(from.school, to.school));
    rotation += c.rotation;
    transport += c.transport;
  }
  let hireTotal = 0;
  const bySchool = new Map<string, number>();
  for (const h of hires) {
    hireTotal += h.annualCost;
    bySchool.set(h.schoolCode, (bySchool.get(h.schoolCode) ?? 0) + h.count);
  }
  let extraQuota = 0;
  for (const [code, n] of bySchool) {
    const s = index.schools.get(code)!;
    extraQuota += Math.max(0, n - s.vacancies) * s.costTable.extraQuota;
  }
  const classrooms = splits.reduce((sum, s) => sum + (s.annualCost ?? 0), 0);
  return { total: hireTotal + rotation + transport + extraQuota + classrooms, hires: hireTotal, rotation, transport, extraQuota, classrooms };
}
