import { backboneRotationsNeeded, isBackbone, rotationEligibility, type PlanRotation, type PlanShortfall, type ShortfallCause, type SolveStatus, type Teacher } from '@junheng/domain';
import type { AllocationModel } from './allocation-model';

/** Eligible teachers who could have rotated but did not, by the limit that held them back. */
interface HeldBack {
  /** No receiving school in an allowed direction within the distance limit. */
  noReceiver: number;
  /** Their school already sends its most (donorMaxLossShare of its teachers). */
  lossCap: number;
  /** Sending them would break a check their own section passes (donors keep their standards). */
  donorStandards: number;
}

function heldBack(model: AllocationModel, county: string, moved: Set<string>, sentBySchool: Map<string, number>, only: (t: Teacher) => boolean): HeldBack {
  const out: HeldBack = { noReceiver: 0, lossCap: 0, donorStandards: 0 };
  const withArcs = new Set(model.arcs.map((a) => a.donor.key));
  for (const section of model.index.sections) {
    if (section.school.countyCode !== county) continue;
    const left = section.movable.flat().filter((t) => only(t) && !moved.has(t.staffNo)).length;
    if (left === 0) continue;
    if (!withArcs.has(section.key)) out.noReceiver += left;
    else if ((sentBySchool.get(section.school.code) ?? 0) >= model.index.schools.get(section.school.code)!.maxLoss) out.lossCap += left;
    else out.donorStandards += left;
  }
  return out;
}

/** The limits that held teachers back, named for the planner (empty when none did). */
function describe(h: HeldBack, locked: number, limitKm: number, lossShare: number): string {
  const parts: string[] = [];
  if (h.lossCap > 0) parts.push(`${h.lossCap} 名可交流教师所在学校已达交流上限（教师总数的 ${Math.round(lossShare * 100)}%）`);
  if (h.donorStandards > 0) parts.push(`${h.donorStandards} 名可交流教师派出后其学校将不达标`);
  if (h.noReceiver > 0) parts.push(`${h.noReceiver} 名可交流教师在 ${limitKm} 公里内没有允许方向的接收学校`);
  if (locked > 0) parts.push(`${locked} 名符合条件教师被方案锁定或排除`);
  return parts.join('；');
}

function causeOf(h: HeldBack, unmoved: number, budgetLeft: number, unit: number | null, status: SolveStatus): ShortfallCause {
  if (status === 'TIME_LIMIT') return 'TIME_LIMIT';
  if (unmoved === 0 || h.noReceiver === unmoved) return 'NO_ELIGIBLE_DONOR';
  if (unit !== null && budgetLeft < unit && h.lossCap + h.donorStandards + h.noReceiver < unmoved) return 'BUDGET';
  return 'DONOR_LIMIT';
}

/**
 * County rules after the plan, counted from its teacher rows: the rotation quota and the backbone share
 * of those who rotate, each with the gap in teachers, its cause and a note naming the donor limits that
 * held eligible teachers back.
 */
export function countyShortfalls(model: AllocationModel, rotations: readonly PlanRotation[], budgetLeft: number, status: SolveStatus): PlanShortfall[] {
  const { index } = model;
  const out: PlanShortfall[] = [];
  const moved = new Set(rotations.map((r) => r.staffNo));
  const sentBySchool = new Map<string, number>();
  for (const r of rotations) sentBySchool.set(r.fromSchool, (sentBySchool.get(r.fromSchool) ?? 0) + 1);
  const teachers = new Map(index.region.teachers.map((t) => [t.staffNo, t]));
  const limitKm = index.distanceLimitKm;
  const lossShare = index.standards.rotation.donorMaxLossShare;
  for (const county of index.counties) {
    const rows = rotations.filter((r) => index.schools.get(r.fromSchool)?.school.countyCode === county);
    const arcs = model.arcs.filter((a) => a.donor.school.countyCode === county);
    const unit = arcs.length > 0 ? Math.min(...arcs.map((a) => a.rotationCost + a.transportCost)) : null;
    const lockedTeachers = [...index.scenario.lockedStaffNos, ...index.scenario.excludedStaffNos].flatMap((no) => {
      const t = teachers.get(no);
      const inCounty = t && index.schools.get(t.schoolCode)?.school.countyCode === county;
      return inCounty && rotationEligibility(t, index.refDate, index.standards.rotation, index.scenario.exemptStaffNos.includes(no)).eligible ? [t] : [];
    });
    const locked = new Set(lockedTeachers.map((t) => t.staffNo)).size;
    const lockedBackbone = new Set(lockedTeachers.filter((t) => isBackbone(t.backbone)).map((t) => t.staffNo)).size;
    const quota = index.quotaByCounty.get(county) ?? 0;
    if (rows.length < quota) {
      const h = heldBack(model, county, moved, sentBySchool, () => true);
      const unmoved = h.noReceiver + h.lossCap + h.donorStandards;
      out.push({
        schoolCode: null, level: null, indicator: 'ROTATION_QUOTA', value: rows.length, threshold: quota, gapTeachers: quota - rows.length,
        cause: causeOf(h, unmoved, budgetLeft, unit, status),
        costToClose: unit === null ? null : (quota - rows.length) * unit,
        note: describe(h, locked, limitKm, lossShare),
      });
    }
    const backbone = rows.filter((r) => isBackbone(teachers.get(r.staffNo)?.backbone ?? 'NONE')).length;
    const needed = backboneRotationsNeeded(rows.length, index.standards.rotation.backboneShareOfRotating);
    if (backbone < needed) {
      const h = heldBack(model, county, moved, sentBySchool, (t) => isBackbone(t.backbone));
      const unmoved = h.noReceiver + h.lossCap + h.donorStandards;
      out.push({
        schoolCode: null, level: null, indicator: 'BACKBONE_SHARE', value: backbone, threshold: needed, gapTeachers: needed - backbone,
        cause: causeOf(h, unmoved, budgetLeft, unit, status),
        costToClose: unit === null ? null : (needed - backbone) * unit,
        note: [unmoved === 0 ? `可交流的骨干教师已全部安排交流（共 ${backbone} 名）` : '', describe(h, lockedBackbone, limitKm, lossShare)].filter(Boolean).join('；'),
      });
    }
  }
  return out;
}
