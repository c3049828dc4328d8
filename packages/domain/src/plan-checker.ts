import { hireCost, MissingCostError, transportAllowance } from './cost';
import { ratioAtLeast, ratioAtMost } from './exact-decimal';
import { distanceKm } from './geo';
import { STAFFING_INDICATORS, type IndicatorCode } from './indicators';
import type { Plan, PlanCheckVerdict, PlanViolation } from './plan';
import { referenceDate } from './plan-dates';
import { planOutcome } from './plan-outcome';
import { checkPlanResources } from './plan-resources-check';
import { checkPlanLevers } from './plan-levers-check';
import type { SchoolPostAccount } from './post-transfers';
import { isCountedTeacher, isBackbone } from './qualification';
import { sectionKey, type SectionEvaluation } from './region-evaluation';
import { rotationEligibility } from './rotation-eligibility';
import { failuresUnderTarget } from './six-of-seven-target';
import { isAllowedDirection, type ScenarioParameters } from './scenario';
import { isLevelInScope } from './scenario-scope';
import { applyStandardOverrides, type StandardSet } from './standard-set';
import { EDUCATIONS, type CostTable, type RegionData, type School, type Teacher } from './types';

/** Cost figures may differ by rounding of their sums, never by more. */
const COST_TOLERANCE = 0.5;

type PlanToCheck = Pick<Plan, 'year' | 'rotations' | 'hires' | 'classSplits' | 'shortfalls' | 'cost'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>;

interface CheckContext {
  region: RegionData;
  standards: StandardSet;
  scenario: ScenarioParameters;
  plan: PlanToCheck;
  schools: Map<string, School>;
  teachers: Map<string, Teacher>;
  costTables: Map<string, CostTable>;
  violations: PlanViolation[];
}

function violation(ctx: CheckContext, v: PlanViolation): void {
  ctx.violations.push(v);
}

/**
 * Counted teachers teaching at each school before the plan (a donor's loss share is of the teachers it
 * has in class, visitors on rotation included); posts and vacancies use `postsHeldBySchool` instead.
 */
function teachingBySchool(teachers: readonly Teacher[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of teachers) if (isCountedTeacher(t)) out.set(t.schoolCode, (out.get(t.schoolCode) ?? 0) + 1);
  return out;
}

/** Each rotation row: a known, eligible, movable teacher, from their own school and level, in an allowed direction and distance. */
function checkRotationRows(ctx: CheckContext): { moved: Teacher[]; rotationCost: number; transportCost: number } {
  const { standards, scenario, plan } = ctx;
  const refDate = referenceDate(plan.year);
  const locked = new Set([...scenario.lockedStaffNos, ...scenario.excludedStaffNos]);
  const exempt = new Set(scenario.exemptStaffNos);
  const limitKm = scenario.distanceLimitKm ?? standards.rotation.distanceLimitKm;
  const sectionKeys = new Set(ctx.region.sections.map((s) => sectionKey(s.schoolCode, s.level)));
  const seen = new Set<string>();
  const moved: Teacher[] = [];
  let rotationCost = 0;
  let transportCost = 0;
  for (const r of plan.rotations) {
    const t = ctx.teachers.get(r.staffNo);
    if (!t) {
      violation(ctx, { rule: 'UNKNOWN_TEACHER', message: `Teacher ${r.staffNo} is not in the region`, staffNo: r.staffNo });
      continue;
    }
    if (seen.has(r.staffNo)) {
      violation(ctx, { rule: 'TEACHER_MOVES_TWICE', message: `Teacher ${r.staffNo} rotates more than once`, staffNo: r.staffNo });
      continue;
    }
    seen.add(r.staffNo);
    if (locked.has(r.staffNo)) violation(ctx, { rule: 'LOCKED_OR_EXCLUDED', message: `Teacher ${r.staffNo} is locked or excluded by the scenario`, staffNo: r.staffNo });
    const eligibility = rotationEligibility(t, refDate, standards.rotation, exempt.has(r.staffNo));
    if (!eligibility.eligible) violation(ctx, { rule: 'NOT_ELIGIBLE', message: `Teacher ${r.staffNo} is not eligible to rotate (${eligibility.reasons.join(', ')})`, staffNo: r.staffNo });
    if (r.fromSchool !== t.schoolCode) violation(ctx, { rule: 'WRONG_FROM_SCHOOL', message: `Teacher ${r.staffNo} teaches at ${t.schoolCode}, not ${r.fromSchool}`, staffNo: r.staffNo, schoolCode: r.fromSchool });
    if (r.level !== t.level) violation(ctx, { rule: 'WRONG_LEVEL', message: `Teacher ${r.staffNo} teaches ${t.level}, the rotation says ${r.level}`, staffNo: r.staffNo, level: r.level });
    const from = ctx.schools.get(t.schoolCode);
    const to = ctx.schools.get(r.toSchool);
    if (!from || !to) {
      violation(ctx, { rule: 'UNKNOWN_SCHOOL', message: `Rotation of ${r.staffNo} names an unknown school`, staffNo: r.staffNo, schoolCode: r.toSchool });
      continue;
    }
    if (!sectionKeys.has(sectionKey(to.code, t.level))) violation(ctx, { rule: 'WRONG_LEVEL', message: `School ${to.code} has no ${t.level} section for ${r.staffNo}`, staffNo: r.staffNo, schoolCode: to.code, level: t.level });
    if (to.code === from.code || to.countyCode !== from.countyCode || !isAllowedDirection(from, to, scenario.directions)) {
      violation(ctx, { rule: 'DIRECTION', message: `Move of ${r.staffNo} from ${from.code} (${from.area}${from.weak ? ', weak' : ''}) to ${to.code} (${to.area}${to.weak ? ', weak' : ''}) is not an allowed direction`, staffNo: r.staffNo, schoolCode: to.code });
    }
    const km = distanceKm(from, to);
    if (km > limitKm) violation(ctx, { rule: 'DISTANCE', message: `Move of ${r.staffNo} is ${km.toFixed(1)} km, above the ${limitKm} km limit`, staffNo: r.staffNo, schoolCode: to.code });
    const table = ctx.costTables.get(from.countyCode);
    if (table) {
      rotationCost += table.rotationAllowance;
      transportCost += transportAllowance(table, km);
    }
    moved.push(t);
  }
  return { moved, rotationCost, transportCost };
}

/**
 * Hires: known sections, costs from the cost table; hires and recalls within the school's vacancies plus
 * posts moved in (minus posts moved out) plus the scenario's extra quota.
 */
function checkHires(ctx: CheckContext, accounts: ReadonlyMap<string, SchoolPostAccount>): { hires: number; extraQuota: number } {
  const { plan, scenario } = ctx;
  const sectionKeys = new Set(ctx.region.sections.map((s) => sectionKey(s.schoolCode, s.level)));
  let hires = 0;
  for (const h of plan.hires) {
    const school = ctx.schools.get(h.schoolCode);
    if (!school || !sectionKeys.has(sectionKey(h.schoolCode, h.level))) {
      violation(ctx, { rule: 'UNKNOWN_SCHOOL', message: `Hire names ${h.schoolCode} ${h.level}, which is not a section of the region`, schoolCode: h.schoolCode, level: h.level });
      continue;
    }
    if (!Number.isInteger(h.count) || h.count < 0 || !EDUCATIONS.includes(h.education)) {
      violation(ctx, { rule: 'VACANCIES', message: `Hire row at ${h.schoolCode} has an invalid count or education`, schoolCode: h.schoolCode, level: h.level });
      continue;
    }
    const table = ctx.costTables.get(school.countyCode);
    try {
      if (!table) throw new MissingCostError(`No cost table for county ${school.countyCode}`);
      const expected = h.count * hireCost(table, school.area, h.education);
      hires += expected;
      if (Math.abs(expected - h.annualCost) > COST_TOLERANCE) {
        violation(ctx, { rule: 'COST_MISMATCH', message: `Hire of ${h.count} ${h.education} at ${h.schoolCode} costs ${expected}, the plan says ${h.annualCost}`, schoolCode: h.schoolCode, level: h.level });
      }
    } catch (e) {
      if (!(e instanceof MissingCostError)) throw e;
      violation(ctx, { rule: 'COST_MISMATCH', message: e.message, schoolCode: h.schoolCode, level: h.level });
    }
  }
  let extraQuota = 0;
  for (const [code, a] of accounts) {
    if (a.extraQuota === 0) continue;
    const school = ctx.schools.get(code)!;
    if (a.extraQuota > scenario.extraQuotaPerSchool) {
      const open = Math.max(0, a.open);
      const moved = a.transferredIn - a.transferredOut;
      const what = a.recalls > 0 ? `${a.hires} hires and ${a.recalls} recalls` : `${a.hires} hires`;
      violation(ctx, { rule: 'VACANCIES', message: `${what} at ${code} exceed its ${open} vacancies${moved !== 0 ? ` (posts moved: ${moved > 0 ? '+' : ''}${moved})` : ''} plus ${scenario.extraQuotaPerSchool} extra posts`, schoolCode: code });
    }
    extraQuota += a.extraQuota * (ctx.costTables.get(school.countyCode)?.extraQuota ?? 0);
  }
  return { hires, extraQuota };
}

function checkClassSplits(ctx: CheckContext): void {
  const sections = new Map(ctx.region.sections.map((s) => [sectionKey(s.schoolCode, s.level), s]));
  const seen = new Set<string>();
  for (const s of ctx.plan.classSplits) {
    const key = sectionKey(s.schoolCode, s.level);
    const section = sections.get(key);
    if (!section) {
      violation(ctx, { rule: 'UNKNOWN_SCHOOL', message: `Class split names ${key}, which is not a section of the region`, schoolCode: s.schoolCode, level: s.level });
      continue;
    }
    if (seen.has(key) || s.classesBefore !== section.classes || !Number.isInteger(s.classesAfter) || s.classesAfter < s.classesBefore) {
      violation(ctx, { rule: 'CLASS_SPLIT', message: `Class split of ${key} (${s.classesBefore} -> ${s.classesAfter}) does not match its ${section.classes} classes or reduces them`, schoolCode: s.schoolCode, level: s.level });
    }
    seen.add(key);
  }
}

/** Donors lose at most their share of teachers and keep every staffing check they passed before. */
function checkDonors(ctx: CheckContext, moved: readonly Teacher[], before: Map<string, SectionEvaluation>, after: Map<string, SectionEvaluation>): void {
  const counted = teachingBySchool(ctx.region.teachers);
  const sentBySchool = new Map<string, number>();
  const donorSections = new Set<string>();
  for (const t of moved) {
    sentBySchool.set(t.schoolCode, (sentBySchool.get(t.schoolCode) ?? 0) + 1);
    donorSections.add(sectionKey(t.schoolCode, t.level));
  }
  const share = ctx.standards.rotation.donorMaxLossShare;
  for (const [code, sent] of sentBySchool) {
    const teachers = counted.get(code) ?? 0;
    if (teachers === 0 || !ratioAtMost(sent, teachers, share)) {
      violation(ctx, { rule: 'DONOR_LOSS', message: `School ${code} sends ${sent} of its ${teachers} teachers, above the ${share * 100}% limit`, schoolCode: code });
    }
  }
  for (const key of donorSections) {
    const b = before.get(key);
    const a = after.get(key);
    if (!b || !a) continue;
    for (const check of b.checks) {
      if (!check.passes || !(STAFFING_INDICATORS as readonly string[]).includes(check.indicator)) continue;
      const now = a.checks.find((c) => c.indicator === check.indicator);
      if (now && !now.passes) {
        violation(ctx, { rule: 'DONOR_STANDARDS', message: `Donor ${key} no longer meets ${check.indicator} after sending teachers`, schoolCode: a.schoolCode, level: a.level });
      }
    }
  }
}

/** County rules: rotation quota and backbone share (hard in full compliance, otherwise reported as shortfalls). */
function checkCountyRotation(ctx: CheckContext, moved: readonly Teacher[]): void {
  const { standards, scenario, plan } = ctx;
  const refDate = referenceDate(plan.year);
  const exempt = new Set(scenario.exemptStaffNos);
  const countyOf = (code: string) => ctx.schools.get(code)?.countyCode ?? '';
  const counties = new Set(ctx.region.schools.map((s) => s.countyCode));
  for (const county of counties) {
    const eligible = ctx.region.teachers.filter((t) => countyOf(t.schoolCode) === county && rotationEligibility(t, refDate, standards.rotation, exempt.has(t.staffNo)).eligible).length;
    const rotating = moved.filter((t) => countyOf(t.schoolCode) === county);
    const backbone = rotating.filter((t) => isBackbone(t.backbone)).length;
    if (eligible > 0 && !ratioAtLeast(rotating.length, eligible, standards.rotation.quotaShareOfEligible)) {
      const reported = plan.shortfalls.some((s) => s.indicator === 'ROTATION_QUOTA');
      if (scenario.mode === 'CHEAPEST_FULL_COMPLIANCE') {
        violation(ctx, { rule: 'ROTATION_QUOTA', message: `County ${county} rotates ${rotating.length} of ${eligible} eligible teachers, below ${standards.rotation.quotaShareOfEligible * 100}%` });
      } else if (!reported) {
        violation(ctx, { rule: 'SHORTFALL_NOT_REPORTED', message: `County ${county} misses the rotation quota (${rotating.length} of ${eligible} eligible) and the plan does not report it` });
      }
    }
    if (rotating.length > 0 && !ratioAtLeast(backbone, rotating.length, standards.rotation.backboneShareOfRotating)) {
      const message = `County ${county}: ${backbone} backbone teachers among ${rotating.length} rotating, below ${standards.rotation.backboneShareOfRotating * 100}%`;
      if (scenario.mode === 'CHEAPEST_FULL_COMPLIANCE') violation(ctx, { rule: 'BACKBONE_SHARE', message });
      else if (!plan.shortfalls.some((s) => s.indicator === 'BACKBONE_SHARE')) violation(ctx, { rule: 'SHORTFALL_NOT_REPORTED', message: `${message}, and the plan does not report it` });
    }
  }
}

function checkStandards(ctx: CheckContext, after: readonly SectionEvaluation[]): void {
  const reported = new Set(ctx.plan.shortfalls.map((s) => `${s.schoolCode}:${s.level}:${s.indicator}`));
  for (const section of after) {
    if (!isLevelInScope(ctx.scenario, section.level)) continue;
    for (const indicator of failuresUnderTarget(section, ctx.scenario.target)) {
      const where = `${section.schoolCode} ${section.level}`;
      if (ctx.scenario.mode === 'CHEAPEST_FULL_COMPLIANCE') {
        violation(ctx, { rule: 'STANDARD_NOT_MET', message: `${where} does not meet ${indicator} after the plan`, schoolCode: section.schoolCode, level: section.level });
      } else if (!reported.has(`${section.schoolCode}:${section.level}:${indicator}`)) {
        violation(ctx, { rule: 'SHORTFALL_NOT_REPORTED', message: `${where} misses ${indicator} after the plan and the plan does not report it`, schoolCode: section.schoolCode, level: section.level });
      }
    }
  }
}

type RecomputedCost = { hires: number; rotation: number; transport: number; extraQuota: number; classrooms: number; postTransfers: number; recalls: number };

function checkCost(ctx: CheckContext, recomputed: RecomputedCost): void {
  const { cost } = ctx.plan;
  const total = recomputed.hires + recomputed.rotation + recomputed.transport + recomputed.extraQuota + recomputed.classrooms + recomputed.postTransfers + recomputed.recalls;
  for (const key of ['hires', 'rotation', 'transport', 'extraQuota', 'classrooms', 'postTransfers', 'recalls'] as const) {
    const said = cost[key] ?? 0;
    if (Math.abs(said - recomputed[key]) > COST_TOLERANCE) {
      violation(ctx, { rule: 'COST_MISMATCH', message: `Plan says ${key} cost ${said}, the cost table gives ${recomputed[key]}` });
    }
  }
  if (Math.abs(cost.total - total) > COST_TOLERANCE) violation(ctx, { rule: 'COST_MISMATCH', message: `Plan says total cost ${cost.total}, the cost table gives ${total}` });
  const cap = ctx.scenario.budgetCap;
  if (cap !== null && total > cap + COST_TOLERANCE) violation(ctx, { rule: 'BUDGET', message: `Plan costs ${total} a year, above the budget cap of ${cap}` });
}

/**
 * The independent plan checker: applies the plan teacher by teacher, recomputes every indicator with
 * the domain's functions and verifies every hard rule of the allocation problem. `standardSet` is the
 * base set; the scenario's overrides are applied here, as the solver does.
 *
 * Hard always: teacher rows (known, moves once, eligible, not locked or excluded, own school and level,
 * direction within the county, distance), donor loss and donor standards, costs
 * recomputed from the cost table, budget, vacancies (with posts moved in and out) plus extra quota, class
 * splits; post transfers and recalls (`checkPlanLevers`); hires at or above the
 * level's minimum (or allowed and flagged), nothing planned in levels out of the scenario's scope, every
 * split with its classrooms and teaching time, budget lines drawn on (`checkPlanResources`). Sections of
 * levels out of scope are not judged.
 * CHEAPEST_FULL_COMPLIANCE: every staffing check (Q1-Q3, R, C, B; or the six-of-seven rule plus R, C, B
 * when that is the target), the rotation quota and the backbone share must hold. BEST_WITHIN_BUDGET: whatever fails after
 * the plan must be listed in its shortfalls. Facility indicators (F1-F4) are not the plan's to fix.
 */
export function checkPlan(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, plan: PlanToCheck): PlanCheckVerdict {
  const standards = applyStandardOverrides(standardSet, scenario.overrides);
  const ctx: CheckContext = {
    region,
    standards,
    scenario,
    plan,
    schools: new Map(region.schools.map((s) => [s.code, s])),
    teachers: new Map(region.teachers.map((t) => [t.staffNo, t])),
    costTables: new Map(region.costTables.map((c) => [c.countyCode, c])),
    violations: [],
  };
  const { moved, rotationCost, transportCost } = checkRotationRows(ctx);
  const levers = checkPlanLevers(region, standards, scenario, plan);
  ctx.violations.push(...levers.violations);
  const hireCosts = checkHires(ctx, levers.accounts);
  checkClassSplits(ctx);
  const resources = checkPlanResources(region, standards, scenario, plan);
  ctx.violations.push(...resources.violations);
  const outcome = planOutcome(region, standards, plan);
  const before = new Map(outcome.before.map((s) => [sectionKey(s.schoolCode, s.level), s]));
  const after = new Map(outcome.after.map((s) => [sectionKey(s.schoolCode, s.level), s]));
  checkDonors(ctx, moved, before, after);
  checkCountyRotation(ctx, moved);
  checkStandards(ctx, outcome.after);
  checkCost(ctx, { hires: hireCosts.hires, rotation: rotationCost, transport: transportCost, extraQuota: hireCosts.extraQuota, classrooms: resources.classrooms, postTransfers: levers.postTransfers, recalls: levers.recalls });
  return { passes: ctx.violations.length === 0, violations: ctx.violations };
}
