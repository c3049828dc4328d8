import type { IndicatorCode, PlanClassSplit, PlanHire, PlanRotation, Teacher } from '@junheng/domain';
import { rotationReason } from '@junheng/domain';
import type { AggregateSolution } from './aggregate-solution';
import type { AllocationModel, FlowVar } from './allocation-model';
import { typeCounts } from './constraints/section-standards';
import { currentNeed, type SectionInfo } from './region-index';

/** Indicators a rotation may serve at the receiver, scarcest kind first. */
const SERVE_ORDER = ['Q2', 'Q3', 'Q1', 'R'] as const;

function arcScore(t: Teacher, f: FlowVar): [number, number, number] {
  const preferred = t.preferredSchools?.includes(f.arc.receiver.school.code) ? 0 : 1;
  const home = t.homeTownship && t.homeTownship === f.arc.receiver.school.township ? 0 : 1;
  return [preferred, home, f.arc.km];
}

function better(a: [number, number, number], b: [number, number, number]): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
}

/**
 * Flows become named teachers. For each donor section and type, teachers go longest tenure first
 * (locked and excluded teachers are never in the movable lists); each takes the route they prefer
 * (a stated preferred school, then their home township), then the nearest. The reason names the
 * indicator of the receiving school the move serves.
 */
export function disaggregateRotations(model: AllocationModel, solution: AggregateSolution): PlanRotation[] {
  const { index } = model;
  const groups = new Map<string, Array<{ flow: FlowVar; left: number }>>();
  model.flows.forEach((flow, i) => {
    const units = solution.flowUnits[i]!;
    if (units <= 0) return;
    const key = `${flow.arc.donor.key}|${flow.type}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push({ flow, left: units });
  });
  const remaining = new Map<string, Record<string, number>>();
  const gapsOf = (s: SectionInfo) => {
    let r = remaining.get(s.key);
    if (!r) {
      r = {};
      for (const ind of SERVE_ORDER) r[ind] = Math.max(0, (s.need[ind] ?? 0) - currentNeed(s, ind));
      remaining.set(s.key, r);
    }
    return r;
  };
  const rotations: PlanRotation[] = [];
  for (const routes of groups.values()) {
    const first = routes[0]!.flow;
    for (const teacher of first.arc.donor.movable[first.type]!) {
      let best: { flow: FlowVar; left: number } | null = null;
      for (const r of routes) if (r.left > 0 && (!best || better(arcScore(teacher, r.flow), arcScore(teacher, best.flow)))) best = r;
      if (!best) break;
      best.left -= 1;
      const receiver = best.flow.arc.receiver;
      const gaps = gapsOf(receiver);
      const served: IndicatorCode | undefined = SERVE_ORDER.find((ind) => typeCounts(ind, best!.flow.type) && gaps[ind]! > 0);
      if (served) gaps[served]! -= 1;
      rotations.push({
        staffNo: teacher.staffNo,
        fromSchool: teacher.schoolCode,
        toSchool: receiver.school.code,
        level: teacher.level,
        reason: rotationReason(served, receiver.school.name),
        indicator: served ?? null,
        startDate: index.refDate,
        termYears: index.standards.rotation.termYears,
        distanceKm: Math.round(best.flow.arc.km * 10) / 10,
      });
    }
  }
  return rotations;
}

/** Hire rows by section, subject group and education; posts beyond the school's vacancies use extra quota. */
export function disaggregateHires(model: AllocationModel, solution: AggregateSolution): PlanHire[] {
  const vacanciesLeft = new Map<string, number>();
  const hires: PlanHire[] = [];
  model.hires.forEach((h, i) => {
    const count = solution.hireUnits[i]!;
    if (count <= 0) return;
    const code = h.section.school.code;
    const left = vacanciesLeft.get(code) ?? model.index.schools.get(code)!.vacancies;
    const fromVacancies = Math.min(left, count);
    vacanciesLeft.set(code, left - fromVacancies);
    hires.push({
      schoolCode: code,
      level: h.section.section.level,
      subjectGroup: h.group,
      education: h.education,
      count,
      annualCost: count * h.unitCost,
      extraQuota: count - fromVacancies,
    });
  });
  return hires;
}

export function disaggregateClassSplits(model: AllocationModel, solution: AggregateSolution): PlanClassSplit[] {
  const out: PlanClassSplit[] = [];
  model.splits.forEach((s, i) => {
    const extra = solution.splitUnits[i]!;
    if (extra > 0) out.push({ schoolCode: s.section.school.code, level: s.section.section.level, classesBefore: s.section.section.classes, classesAfter: s.section.section.classes + extra });
  });
  return out;
}
