import { distanceKm, postAccounts, rotationCost, type PlanClassSplit, type PlanCost, type PlanHire, type PlanPostTransfer, type PlanRecall, type PlanRotation } from '@junheng/domain';
import type { RegionIndex } from './region-index';

/**
 * The yearly cost of plan rows, from the cost table (extra quota: hires and recalls beyond a school's
 * vacancies after post transfers; classrooms built for splits) and the standard set (post transfers, recalls).
 */
export function planCost(
  index: RegionIndex,
  rotations: readonly PlanRotation[],
  hires: readonly PlanHire[],
  splits: readonly PlanClassSplit[] = [],
  levers: { postTransfers?: readonly PlanPostTransfer[]; recalls?: readonly PlanRecall[] } = {},
): PlanCost {
  let rotation = 0;
  let transport = 0;
  for (const r of rotations) {
    const from = index.schools.get(r.fromSchool)!;
    const to = index.schools.get(r.toSchool)!;
    const c = rotationCost(from.costTable, distanceKm(from.school, to.school));
    rotation += c.rotation;
    transport += c.transport;
  }
  const hireTotal = hires.reduce((sum, h) => sum + h.annualCost, 0);
  const postTransfers = (levers.postTransfers ?? []).reduce((sum, t) => sum + (t.annualCost ?? 0), 0);
  const recalls = (levers.recalls ?? []).reduce((sum, r) => sum + (r.annualCost ?? 0), 0);
  let extraQuota = 0;
  const accounts = postAccounts(index.region, { hires: [...hires], postTransfers: [...(levers.postTransfers ?? [])], recalls: [...(levers.recalls ?? [])] });
  for (const [code, a] of accounts) if (a.extraQuota > 0) extraQuota += a.extraQuota * index.schools.get(code)!.costTable.extraQuota;
  const classrooms = splits.reduce((sum, s) => sum + (s.annualCost ?? 0), 0);
  return {
    total: hireTotal + rotation + transport + extraQuota + classrooms + postTransfers + recalls,
    hires: hireTotal, rotation, transport, extraQuota, classrooms, postTransfers, recalls,
  };
}
