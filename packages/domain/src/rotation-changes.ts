import type { PlanRotation } from './plan';

/** A line of a supplementary notice (补充公示): a rotation of the published plan dropped, added or changed. */
export interface RotationChange {
  change: 'REMOVED' | 'ADDED' | 'CHANGED';
  staffNo: string;
  /** The rotation as published (REMOVED, CHANGED). */
  before: { fromSchool: string; toSchool: string } | null;
  /** The rotation now (ADDED, CHANGED). */
  after: { fromSchool: string; toSchool: string } | null;
}

const ends = (r: PlanRotation) => ({ fromSchool: r.fromSchool, toSchool: r.toSchool });

/** Every rotation that differs between two plans (by teacher: gone, new, or another school), by staff number. */
export function rotationChanges(published: readonly PlanRotation[], now: readonly PlanRotation[]): RotationChange[] {
  const before = new Map(published.map((r) => [r.staffNo, r]));
  const after = new Map(now.map((r) => [r.staffNo, r]));
  const changes: RotationChange[] = [];
  for (const staffNo of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(staffNo);
    const a = after.get(staffNo);
    if (b && !a) changes.push({ change: 'REMOVED', staffNo, before: ends(b), after: null });
    else if (!b && a) changes.push({ change: 'ADDED', staffNo, before: null, after: ends(a) });
    else if (a && b && (a.fromSchool !== b.fromSchool || a.toSchool !== b.toSchool)) changes.push({ change: 'CHANGED', staffNo, before: ends(b), after: ends(a) });
  }
  return changes;
}
