import type { IndicatorCode, PlanClassSplit, PlanHire, PlanRotation, RotationPoints, Teacher } from '@junheng/domain';
import { hireReason, meetsHireMinimum, rankByRotationPoints, rotationReason, teachersForPeriods } from '@junheng/domain';
import type { AggregateSolution } from './aggregate-solution';
import type { AllocationModel, FlowVar } from './allocation-model';
import { hireCounts, typeCounts } from './constraints/section-standards';
import { currentNeed, STAFF_INDICATORS, type SectionInfo } from './region-index';

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
 * Flows become named teachers. For each donor section and type, the teachers who rotate are chosen by
 * the standard set's published points rule (积分, highest first, ties as the rule states; locked and
 * excluded teachers are never in the movable lists). Routes are then given out so that stated
 * preferences are honoured where the plan allows: the chosen teachers whose preferred school (意向交流学校)
 * is among the group's receivers pick first (in points order), then the others; each takes the route
 * they prefer (a stated preferred school, then their home township), then the nearest. Each rotation
 * carries the teacher's points and their parts. The reason names the indicator of the receiving school
 * the move serves.
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
    const units = routes.reduce((a, r) => a + r.left, 0);
    const chosen = rankByRotationPoints(first.arc.donor.movable[first.type]!, index.refDate, index.standards.rotationPoints).slice(0, units);
    const prefersOne = (t: Teacher) => routes.some((r) => arcScore(t, r.flow)[0] === 0);
    const picked = new Map<Teacher, { flow: FlowVar; points: RotationPoints }>();
    for (const { teacher, points } of [...chosen.filter((c) => prefersOne(c.teacher)), ...chosen.filter((c) => !prefersOne(c.teacher))]) {
      let best: { flow: FlowVar; left: number } | null = null;
      for (const r of routes) if (r.left > 0 && (!best || better(arcScore(teacher, r.flow), arcScore(teacher, best.flow)))) best = r;
      if (!best) break;
      best.left -= 1;
      picked.set(teacher, { flow: best.flow, points });
    }
    for (const { teacher } of chosen) {
      const pick = picked.get(teacher);
      if (!pick) continue;
      const receiver = pick.flow.arc.receiver;
      const gaps = gapsOf(receiver);
      const served: IndicatorCode | undefined = SERVE_ORDER.find((ind) => typeCounts(ind, pick.flow.type) && gaps[ind]! > 0);
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
        distanceKm: Math.round(pick.flow.arc.km * 10) / 10,
        points: pick.points,
      });
    }
  }
  return rotations;
}

/** Gaps each section still has after the plan's rotations and recalls (teachers of each kind), for the hires' reasons. */
function gapsAfterRotations(model: AllocationModel, solution: AggregateSolution): Map<string, Record<string, number>> {
  const net = new Map<string, Record<string, number>>();
  const bump = (key: string, type: number, units: number) => {
    const d = net.get(key) ?? net.set(key, { Q1: 0, Q2: 0, Q3: 0, R: 0 }).get(key)!;
    for (const ind of STAFF_INDICATORS) if (typeCounts(ind, type)) d[ind]! += units;
  };
  model.flows.forEach((f, i) => {
    const units = solution.flowUnits[i]!;
    if (units <= 0) return;
    bump(f.arc.receiver.key, f.type, units);
    bump(f.arc.donor.key, f.type, -units);
  });
  // Recalled teachers come before hires of the same kind.
  model.recalls.forEach((r, i) => {
    if (solution.recallUnits[i]! > 0) bump(r.section.key, r.type, solution.recallUnits[i]!);
  });
  const gaps = new Map<string, Record<string, number>>();
  for (const h of model.hires) {
    const s = h.section;
    if (gaps.has(s.key)) continue;
    const d = net.get(s.key);
    const g: Record<string, number> = {};
    for (const ind of STAFF_INDICATORS) g[ind] = Math.max(0, (s.need[ind] ?? 0) - currentNeed(s, ind) - (d?.[ind] ?? 0));
    gaps.set(s.key, g);
  }
  return gaps;
}

/**
 * Hire rows by section, subject group and education; posts beyond the school's open posts (`openPosts`:
 * vacancies, after post transfers and minus recalls; default its vacancies) use extra quota.
 * Each row says which indicator of its school it serves (Q3 for PE/arts, then Q1, R, then the teaching
 * time of the school's new classes), is flagged when below the level's hire minimum (only possible when
 * the scenario allows it) and carries the certificate requirement of the level.
 */
export function disaggregateHires(model: AllocationModel, solution: AggregateSolution, openPosts?: ReadonlyMap<string, number>): PlanHire[] {
  const { standards } = model.index;
  const vacanciesLeft = new Map<string, number>();
  if (openPosts) for (const [code, n] of openPosts) vacanciesLeft.set(code, Math.max(0, n));
  const gaps = gapsAfterRotations(model, solution);
  const splitKeys = new Set(model.splits.filter((_, i) => solution.splitUnits[i]! > 0).map((s) => s.section.key));
  const hires: PlanHire[] = [];
  const order = model.hires.map((h, i) => ({ h, i })).sort((a, b) => (a.h.group === b.h.group ? a.i - b.i : a.h.group === 'PE_ARTS' ? -1 : 1));
  for (const { h, i } of order) {
    const count = solution.hireUnits[i]!;
    if (count <= 0) continue;
    const code = h.section.school.code;
    const left = vacanciesLeft.get(code) ?? model.index.schools.get(code)!.vacancies;
    const fromVacancies = Math.min(left, count);
    vacanciesLeft.set(code, left - fromVacancies);
    const g = gaps.get(h.section.key)!;
    const served: IndicatorCode | null =
      (['Q3', 'Q1', 'R'] as const).find((ind) => hireCounts(ind, h) && g[ind]! > 0) ?? (splitKeys.has(h.section.key) ? 'C' : null);
    for (const ind of STAFF_INDICATORS) if (hireCounts(ind, h)) g[ind] = Math.max(0, g[ind]! - count);
    const level = h.section.section.level;
    hires.push({
      schoolCode: code,
      level,
      subjectGroup: h.group,
      education: h.education,
      count,
      annualCost: count * h.unitCost,
      extraQuota: count - fromVacancies,
      belowMinimum: !meetsHireMinimum(h.education, level, standards),
      reason: hireReason(served, h.section.school.name),
      indicator: served,
      certificateRequired: standards.hireMinimum[level].certificateRequired,
    });
  }
  return hires;
}

/**
 * Class splits with what they take: classrooms from the school's spare rooms first, then built (at the
 * 新增教室 cost), and the weekly periods of the extra classes (and that many teachers).
 */
export function disaggregateClassSplits(model: AllocationModel, solution: AggregateSolution): PlanClassSplit[] {
  const spareLeft = new Map<string, number>();
  const out: PlanClassSplit[] = [];
  model.splits.forEach((s, i) => {
    const extra = solution.splitUnits[i]!;
    if (extra <= 0) return;
    const school = model.index.schools.get(s.section.school.code)!;
    const spare = spareLeft.get(school.school.code) ?? school.spareClassrooms;
    const fromSpare = Math.min(spare, extra);
    spareLeft.set(school.school.code, spare - fromSpare);
    const built = extra - fromSpare;
    const periods = model.index.standards.teachingPeriods[s.section.section.level];
    out.push({
      schoolCode: school.school.code,
      level: s.section.section.level,
      classesBefore: s.section.section.classes,
      classesAfter: s.section.section.classes + extra,
      classroomsBuilt: built,
      teachingPeriods: extra * periods.perClass,
      teachersNeeded: teachersForPeriods(extra * periods.perClass, periods),
      annualCost: built * (school.classroomCost ?? 0),
    });
  });
  return out;
}
