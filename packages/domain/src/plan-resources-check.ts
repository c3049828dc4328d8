import { classroomCost, spareClassrooms } from './classrooms';
import { meetsHireMinimum } from './hire-minimum';
import type { Plan, PlanViolation } from './plan';
import { budgetLineLimits, planSpending } from './plan-spending';
import { isCountedTeacher } from './qualification';
import { sectionKey } from './region-evaluation';
import type { ScenarioParameters } from './scenario';
import { isLevelInScope } from './scenario-scope';
import type { StandardSet } from './standard-set';
import { spareTeachingPeriods } from './teaching-time';
import type { RegionData } from './types';

const COST_TOLERANCE = 0.5;

type PlanRows = Pick<Plan, 'year' | 'rotations' | 'hires' | 'classSplits'> & Partial<Pick<Plan, 'recalls'>>;

/** Hires at or above the level's minimum, unless the scenario allows lower and the row is flagged. */
function checkHireMinimum(standards: StandardSet, scenario: ScenarioParameters, plan: PlanRows, out: PlanViolation[]): void {
  for (const h of plan.hires) {
    if (!standards.hireMinimum[h.level]) continue;
    const meets = meetsHireMinimum(h.education, h.level, standards);
    const where = { schoolCode: h.schoolCode, level: h.level };
    if (!meets && !scenario.allowHiresBelowMinimum) {
      out.push({ rule: 'HIRE_BELOW_MINIMUM', message: `Hire of ${h.count} ${h.education} at ${h.schoolCode} ${h.level} is below the minimum ${standards.hireMinimum[h.level].education}`, ...where });
    } else if (meets === Boolean(h.belowMinimum)) {
      out.push({ rule: 'HIRE_BELOW_MINIMUM', message: `Hire of ${h.count} ${h.education} at ${h.schoolCode} ${h.level} is ${meets ? 'flagged below the minimum but meets it' : 'below the minimum and not flagged'}`, ...where });
    }
  }
}

/** No hires, splits or incoming rotations in sections of levels the scenario does not plan. */
function checkScope(scenario: ScenarioParameters, plan: PlanRows, out: PlanViolation[]): void {
  const rows = [
    ...plan.hires.map((h) => ({ what: 'Hire', schoolCode: h.schoolCode, level: h.level })),
    ...plan.classSplits.map((s) => ({ what: 'Class split', schoolCode: s.schoolCode, level: s.level })),
    ...plan.rotations.map((r) => ({ what: `Rotation of ${r.staffNo}`, schoolCode: r.toSchool, level: r.level })),
  ];
  for (const r of rows) {
    if (!isLevelInScope(scenario, r.level)) out.push({ rule: 'LEVEL_OUT_OF_SCOPE', message: `${r.what} at ${r.schoolCode} ${r.level}: the scenario does not plan ${r.level}`, schoolCode: r.schoolCode, level: r.level });
  }
}

/**
 * Each split has its rooms (the school's spare classrooms, then classrooms built at the cost table's
 * 新增教室 cost) and its teaching time (the section's spare periods, plus the periods of the teachers
 * hired into it and rotating in, minus those rotating out). Returns the classrooms' yearly cost.
 */
function checkSplits(region: RegionData, standards: StandardSet, plan: PlanRows, out: PlanViolation[]): number {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const tables = new Map(region.costTables.map((t) => [t.countyCode, t]));
  const addedBySchool = new Map<string, { added: number; built: number }>();
  let cost = 0;
  for (const s of plan.classSplits) {
    const school = schools.get(s.schoolCode);
    if (!school) continue;
    const added = Math.max(0, s.classesAfter - s.classesBefore);
    const built = s.classroomsBuilt ?? 0;
    const a = addedBySchool.get(s.schoolCode) ?? { added: 0, built: 0 };
    addedBySchool.set(s.schoolCode, { added: a.added + added, built: a.built + built });
    const unit = classroomCost(tables.get(school.countyCode) ?? {});
    if (built > 0 && unit === null) {
      out.push({ rule: 'SPLIT_NO_CLASSROOM', message: `Class split at ${s.schoolCode} ${s.level} builds ${built} classrooms, but the cost table has no 新增教室 cost`, schoolCode: s.schoolCode, level: s.level });
    }
    const expected = built * (unit ?? 0);
    cost += expected;
    if (Math.abs((s.annualCost ?? 0) - expected) > COST_TOLERANCE) {
      out.push({ rule: 'COST_MISMATCH', message: `Class split at ${s.schoolCode} ${s.level} builds ${built} classrooms costing ${expected}, the plan says ${s.annualCost ?? 0}`, schoolCode: s.schoolCode, level: s.level });
    }
    const periods = standards.teachingPeriods[s.level];
    const key = sectionKey(s.schoolCode, s.level);
    const teachers = region.teachers.filter((t) => isCountedTeacher(t) && sectionKey(t.schoolCode, t.level) === key).length;
    const hired = plan.hires.filter((h) => h.schoolCode === s.schoolCode && h.level === s.level).reduce((n, h) => n + h.count, 0);
    const net = plan.rotations.filter((r) => r.toSchool === s.schoolCode && r.level === s.level).length - plan.rotations.filter((r) => r.fromSchool === s.schoolCode && r.level === s.level).length;
    // Teachers recalled from loan teach at their section again.
    const recalled = (plan.recalls ?? []).filter((r) => r.schoolCode === s.schoolCode && r.level === s.level).length;
    const available = spareTeachingPeriods(teachers, s.classesBefore, periods) + periods.perTeacher * (hired + net + recalled);
    if (added * periods.perClass > available) {
      out.push({ rule: 'SPLIT_NO_TEACHING_TIME', message: `Class split at ${s.schoolCode} ${s.level} adds ${added} classes needing ${added * periods.perClass} periods a week; the section has ${available}`, schoolCode: s.schoolCode, level: s.level });
    }
  }
  for (const [code, a] of addedBySchool) {
    const spare = spareClassrooms(schools.get(code)!, region.sections);
    if (a.added > spare + a.built) {
      out.push({ rule: 'SPLIT_NO_CLASSROOM', message: `School ${code} adds ${a.added} classes with ${spare} spare classrooms and ${a.built} built`, schoolCode: code });
    }
  }
  return cost;
}

/** Spending on each budget line the scenario draws on stays within the line's amount minus what is committed. */
function checkBudgetLines(region: RegionData, scenario: ScenarioParameters, plan: PlanRows, out: PlanViolation[]): void {
  if (!scenario.budgetCategories) return;
  for (const county of new Set(region.schools.map((s) => s.countyCode))) {
    const limits = budgetLineLimits(region.budgets, county, plan.year, scenario.budgetCategories);
    for (const { category, amount } of planSpending(region, plan, county).byLine) {
      const limit = limits.get(category) ?? 0;
      if (amount > limit + COST_TOLERANCE) out.push({ rule: 'BUDGET_LINE', message: `County ${county} spends ${amount} on ${category}, above the ${limit} left on the line the scenario draws on` });
    }
  }
}

/**
 * The checks of hires, class splits and budget lines added with the yearly cycle (domain.md): hires at or
 * above the minimum unless allowed and flagged, levels in scope, splits with rooms and time, budget lines.
 * Returns the violations and the classrooms' yearly cost recomputed from the cost table.
 */
export function checkPlanResources(region: RegionData, standards: StandardSet, scenario: ScenarioParameters, plan: PlanRows): { violations: PlanViolation[]; classrooms: number } {
  const violations: PlanViolation[] = [];
  checkHireMinimum(standards, scenario, plan, violations);
  checkScope(scenario, plan, violations);
  const classrooms = checkSplits(region, standards, plan, violations);
  checkBudgetLines(region, scenario, plan, violations);
  return { violations, classrooms };
}
