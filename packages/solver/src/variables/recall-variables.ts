import { recallableTeachers, sectionKey, type Teacher } from '@junheng/domain';
import type { BuildContext, RecallVar } from '../allocation-model';
import { typeCounts } from '../constraints/section-standards';
import type { StaffIndicator } from '../region-index';
import { TEACHER_TYPE_COUNT, teacherType } from '../teacher-types';

/** Objective tie-breaker per recall (yuan-equivalent): a recall happens where it helps, never for nothing. */
export const RECALL_TIE_BREAK = 0.5;

/**
 * recall[section:type]: teachers on loan (借调) from a section, of one type, recalled to it from the plan's
 * start date (`recallableTeachers`: status ON_LOAN, within the scenario's recall scope, not locked or
 * excluded). A recalled teacher counts like an incoming one of their type and takes a post at their
 * school (posts held count ACTIVE and LEAVE teachers, not those on loan), so recalls sit in the vacancy
 * rows beside hires. Their cost (standard set `recall.costPerTeacher`, default 0) is far below a hire's,
 * so a recall comes before a hire of the same kind. Sections out of the scenario's levels get none.
 */
export function addRecallVariables(ctx: BuildContext): void {
  const { index, builder, weights } = ctx;
  const unitCost = index.standards.recall.costPerTeacher;
  const byKey = new Map<string, Teacher[]>();
  for (const t of recallableTeachers(index.region.teachers, index.scenario)) {
    const key = sectionKey(t.schoolCode, t.level);
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(t);
  }
  for (const [key, teachers] of byKey) {
    const section = index.sectionByKey.get(key);
    if (!section || !section.inScope || section.section.students <= 0) continue;
    const byType: Teacher[][] = Array.from({ length: TEACHER_TYPE_COUNT }, () => []);
    for (const t of teachers) byType[teacherType(t, section.standards)]!.push(t);
    byType.forEach((list, type) => {
      if (list.length === 0) return;
      list.sort((a, b) => (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0));
      const v = builder.addVariable({ name: `recall[${key}:${type}]`, lb: 0, ub: list.length, integer: true, cost: weights.cost * unitCost + RECALL_TIE_BREAK });
      const r: RecallVar = { v, section, type, teachers: list, unitCost };
      ctx.recalls.push(r);
      (ctx.recallsBySection.get(key) ?? ctx.recallsBySection.set(key, []).get(key)!).push(r);
    });
  }
}

/** Terms of a section's recalls that count for an indicator (coefficient `sign` each). */
export function recallTerms(ctx: BuildContext, key: string, indicator: StaffIndicator | null, sign: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ctx.recallsBySection.get(key) ?? []) if (indicator === null || typeCounts(indicator, r.type)) out.push([r.v, sign]);
  return out;
}
