import {
  hireableEducations,
  hireCost,
  isQualifiedFor,
  MissingCostError,
  failuresUnderTarget,
  type PlanClassSplit,
  type PlanCost,
  type PlanHire,
  type PlanPostTransfer,
  type PlanRecall,
  type PlanRotation,
  type PlanShortfall,
  type SectionEvaluation,
  type ShortfallCause,
  type SolveStatus,
} from '@junheng/domain';
import type { AllocationModel } from './allocation-model';
import { countyShortfalls } from './county-shortfalls';
import { typeCounts } from './constraints/section-standards';
import { heldPostsNote, postRoom, type PostRoom } from './post-room';
import type { RegionIndex, SchoolInfo, SectionInfo, StaffIndicator } from './region-index';
import { splitShortfallCause } from './split-shortfall-cause';

interface Context {
  model: AllocationModel;
  budgetLeft: number;
  hiresBySchool: Map<string, number>;
  posts: PostRoom;
  sentBySchool: Map<string, number>;
  movedStaff: Set<string>;
  status: SolveStatus;
}

function cheapestHire(section: SectionInfo, indicator: StaffIndicator, table: SchoolInfo & Pick<RegionIndex, 'standards' | 'scenario'>): number | null {
  let best: number | null = null;
  for (const education of hireableEducations(section.section.level, table.standards, table.scenario)) {
    if (indicator === 'Q1' && !isQualifiedFor(education, section.standards)) continue;
    try {
      const c = hireCost(table.costTable, section.school.area, education);
      if (best === null || c < best) best = c;
    } catch (e) {
      if (!(e instanceof MissingCostError)) throw e;
    }
  }
  return best;
}

/**
 * Why a teacher-count gap remains, and roughly what closing it would cost a year. Posts left for a hire:
 * the school's own (after the plan's hires, recalls and transfers), what other schools could still send,
 * and extra quota. With none: QUOTA_EXHAUSTED when no school of the county has a vacant post left,
 * POSTS_HELD_BY_RULES (with a note naming school and rule) when some have but the transfer rules keep them.
 */
function causeOf(ctx: Context, section: SectionInfo, indicator: StaffIndicator, gap: number): { cause: ShortfallCause; costToClose: number | null; note?: string } {
  const { model } = ctx;
  const school = model.index.schools.get(section.school.code)!;
  const county = section.school.countyCode;
  const extraLeft = Math.max(0, model.index.scenario.extraQuotaPerSchool - Math.max(0, (ctx.hiresBySchool.get(section.school.code) ?? 0) - school.vacancies));
  const roomLeft = (ctx.posts.openLeft.get(section.school.code) ?? 0) + (ctx.posts.movableLeft.get(county) ?? 0) + extraLeft;
  const hireUnit = indicator === 'Q2' ? null : cheapestHire(section, indicator, { ...school, standards: model.index.standards, scenario: model.index.scenario });
  const arcs = model.arcs.filter((a) => a.receiver.key === section.key);
  const suppliers = arcs.filter((a) => a.donor.movable.some((list, type) => typeCounts(indicator, type) && list.length > 0));
  const spare = suppliers.filter(
    (a) => (ctx.sentBySchool.get(a.donor.school.code) ?? 0) < model.index.schools.get(a.donor.school.code)!.maxLoss &&
      a.donor.movable.some((list, type) => typeCounts(indicator, type) && list.some((t) => !ctx.movedStaff.has(t.staffNo))),
  );
  const rotationUnit = suppliers.length > 0 ? Math.min(...suppliers.map((a) => a.rotationCost + a.transportCost)) : null;
  const costToClose = hireUnit !== null && roomLeft >= gap ? gap * hireUnit : rotationUnit !== null ? gap * rotationUnit : null;
  if (ctx.status === 'TIME_LIMIT' || ctx.status === 'ERROR') return { cause: 'TIME_LIMIT', costToClose };
  if (hireUnit !== null && roomLeft > 0) return { cause: ctx.budgetLeft < hireUnit ? 'BUDGET' : 'OTHER', costToClose };
  if (spare.length > 0) return { cause: rotationUnit !== null && ctx.budgetLeft < rotationUnit ? 'BUDGET' : 'DONOR_LIMIT', costToClose };
  if (suppliers.length > 0) return { cause: 'DONOR_LIMIT', costToClose };
  if (indicator === 'Q2' || hireUnit === null) return { cause: 'NO_ELIGIBLE_DONOR', costToClose };
  const held = (ctx.posts.held.get(county) ?? []).filter((h) => h.schoolCode !== section.school.code);
  if (held.length > 0) return { cause: 'POSTS_HELD_BY_RULES', costToClose, note: heldPostsNote(model.index, held) };
  return { cause: 'QUOTA_EXHAUSTED', costToClose };
}

/**
 * Every staffing check that fails after the plan (judged teacher by teacher by the domain), and the
 * county rotation quota and backbone share when missed, with the cause and an estimate of the yearly cost to close it.
 */
export function reportShortfalls(
  model: AllocationModel,
  after: readonly SectionEvaluation[],
  rows: { rotations: readonly PlanRotation[]; hires: readonly PlanHire[]; cost: PlanCost; classSplits?: readonly PlanClassSplit[]; postTransfers?: readonly PlanPostTransfer[]; recalls?: readonly PlanRecall[] },
  status: SolveStatus,
): PlanShortfall[] {
  const { index } = model;
  const cap = index.scenario.budgetCap;
  const ctx: Context = {
    model,
    budgetLeft: cap === null ? Infinity : cap - rows.cost.total,
    hiresBySchool: new Map(),
    posts: postRoom(index, rows),
    sentBySchool: new Map(),
    movedStaff: new Set(rows.rotations.map((r) => r.staffNo)),
    status,
  };
  for (const h of rows.hires) ctx.hiresBySchool.set(h.schoolCode, (ctx.hiresBySchool.get(h.schoolCode) ?? 0) + h.count);
  for (const r of rows.rotations) ctx.sentBySchool.set(r.fromSchool, (ctx.sentBySchool.get(r.fromSchool) ?? 0) + 1);
  const out: PlanShortfall[] = [];
  for (const evaluation of after) {
    const section = index.sectionByKey.get(`${evaluation.schoolCode}:${evaluation.level}`);
    if (!section || !section.inScope) continue;
    const counted = new Set<string>(failuresUnderTarget(evaluation, index.scenario.target));
    for (const check of evaluation.checks) {
      if (check.passes || !counted.has(check.indicator)) continue;
      const base = { schoolCode: evaluation.schoolCode, level: evaluation.level, indicator: check.indicator, value: check.value, threshold: check.threshold, gapTeachers: check.gapTeachers };
      if (check.indicator === 'C' || check.indicator === 'B') {
        out.push({ ...base, ...splitShortfallCause(model, section, { ...rows, classSplits: rows.classSplits ?? [] }, ctx.budgetLeft, status) });
        continue;
      }
      const { cause, costToClose, note } = causeOf(ctx, section, check.indicator as StaffIndicator, check.gapTeachers ?? 1);
      out.push(note ? { ...base, cause, costToClose, note } : { ...base, cause, costToClose });
    }
  }
  out.push(...countyShortfalls(model, rows.rotations, ctx.budgetLeft, status));
  return out;
}
