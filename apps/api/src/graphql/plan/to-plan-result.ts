import { budgetCategoryOfCost, describeRotationPointsRule, INDICATOR_LABELS_ZH, type RotationPointsRule, type MultiYearCheck as DomainMultiYearCheck, type MultiYearPlan, planOfYear, PlanYearNotInPlanError, PLAN_COST_KINDS, type Check as DomainCheck, type IndicatorBalance as DomainBalance, type Plan } from '@junheng/domain';
import { decodeStoredPlan, type PlanEntity } from '@junheng/db';
import type { CostCurve as SolverCostCurve, PlanExplanation } from '@junheng/solver';
import { IndicatorBalance } from '../county/indicator-balance.type';
import { Check } from '../section/check.type';
import { IndicatorValues } from '../section/indicator-values.type';
import { CostCurve, PlanCheck, PlanLevelSpending, PlanLineSpending, PlanRotation, PlanShortfall } from './plan-parts.type';
import { PlanPostTransfer, PlanRecall } from './plan-levers.type';
import { PlanResult } from './plan.type';
import { toPlanYears } from './plan-year.type';
import { toMultiYearCheck } from './multi-year-check.type';
import { toPlanReturning, toPlanRetirements } from './plan-year-teachers.type';
import { badInput } from '../../errors/app-error';
import { toTargetResults } from '../scenario/dated-target.type';
import { SectionChange, SectionState } from './section-change.type';

/** What the job stores for a solved scenario (see @junheng/jobs solveScenario). */
export interface StoredPlanBody {
  plan: Plan;
  explanation?: PlanExplanation;
  sections?: Array<{ schoolCode: string; level: SectionChange['level']; before: StoredSectionState; after: StoredSectionState }>;
  balanceBefore?: DomainBalance[];
  balanceAfter?: DomainBalance[];
  standardSet?: { id: string; version: number; name: string };
  /** Every year of a multi-year scenario (years > 1); `plan` is its first year. */
  multiYear?: MultiYearPlan;
  /** The points rule (积分) the plan chose its rotating teachers by (plans stored before it: absent). */
  rotationPoints?: RotationPointsRule;
  /** The multi-year checker's verdict, computed by the job from the region the plan was solved from. */
  multiYearCheck?: DomainMultiYearCheck;
  /** The later years' sections and balance before and after their plan (plans stored before them: absent). */
  yearSections?: Array<{ year: number; sections: StoredPlanBody['sections']; balanceBefore: DomainBalance[]; balanceAfter: DomainBalance[] }>;
}

/** Which year of the plan to show, and whether names (personal data) may be shown. */
export interface PlanResultOptions {
  /** A year of a multi-year plan; omitted: the plan itself (its first year). */
  year?: number | null;
  personal: boolean;
}

interface StoredSectionState {
  teachers: number;
  indicators: IndicatorValues;
  checks: DomainCheck[];
  compliant: boolean;
}

function toCheck(c: DomainCheck): Check {
  return Object.assign(new Check(), c, { label: INDICATOR_LABELS_ZH[c.indicator] });
}

function toState(s: StoredSectionState): SectionState {
  return Object.assign(new SectionState(), {
    teachers: s.teachers,
    indicators: Object.assign(new IndicatorValues(), s.indicators),
    checks: s.checks.map(toCheck),
    compliant: s.compliant,
  });
}

function toBalance(b: DomainBalance): IndicatorBalance {
  return Object.assign(new IndicatorBalance(), b);
}

/** Spending by budget line: as stored, or from the plan's cost by kind (plans stored before it was recorded). */
function spendingByLine(plan: Plan): PlanLineSpending[] {
  if (plan.spendingByLine) return plan.spendingByLine.map((s) => Object.assign(new PlanLineSpending(), s));
  const byKind = { HIRE: plan.cost.hires, EXTRA_QUOTA: plan.cost.extraQuota, ROTATION: plan.cost.rotation, TRANSPORT: plan.cost.transport, CLASSROOM: plan.cost.classrooms ?? 0, POST_TRANSFER: plan.cost.postTransfers ?? 0, RECALL: plan.cost.recalls ?? 0 };
  const lines = new Map<string, number>();
  for (const kind of PLAN_COST_KINDS) {
    if (byKind[kind] === 0) continue;
    const category = budgetCategoryOfCost(kind);
    lines.set(category, (lines.get(category) ?? 0) + byKind[kind]);
  }
  return [...lines].map(([category, amount]) => Object.assign(new PlanLineSpending(), { category, amount }));
}

function shortfallTeachers(plan: Plan): number {
  return plan.shortfalls.reduce((sum, s) => sum + (s.gapTeachers ?? 0), 0);
}

/** One year of the stored plan (BAD_USER_INPUT on `year` naming the plan's years when it has no such year). */
function chooseYear(body: StoredPlanBody, year: number | null | undefined) {
  try {
    const found = planOfYear(body.plan, body.multiYear, year);
    // The first year is the stored plan itself (the multi-year copy is the same plan).
    const first = found.plan.year === body.plan.year;
    const chosen = first ? { ...found, plan: body.plan } : found;
    const later = first ? null : body.yearSections?.find((y) => y.year === chosen.plan.year);
    return {
      ...chosen,
      first,
      sections: (first ? body.sections : later?.sections) ?? [],
      balanceBefore: (first ? body.balanceBefore : later?.balanceBefore) ?? [],
      balanceAfter: (first ? body.balanceAfter : later?.balanceAfter) ?? [],
    };
  } catch (error) {
    if (error instanceof PlanYearNotInPlanError) throw badInput('year', error.message);
    throw error;
  }
}

/**
 * The stored plan as the API shows it; school names come from `schoolNames` where known. With a `year`,
 * that year of a multi-year plan, in the same shape, with the year's retirements and returning teachers.
 */
export function toPlanResult(entity: PlanEntity, schoolNames: ReadonlyMap<string, string>, options: PlanResultOptions = { personal: false }): PlanResult {
  // The job's parts (explanation, sections, balance) are typed by the packages that wrote them.
  const body = decodeStoredPlan(entity.body) as unknown as StoredPlanBody;
  const chosen = chooseYear(body, options.year);
  const plan = chosen.plan;
  const sections = chosen.sections;
  return Object.assign(new PlanResult(), {
    county: plan.county,
    year: plan.year,
    standardSetName: body.standardSet?.name ?? null,
    standardSetVersion: body.standardSet?.version ?? null,
    backend: plan.backend,
    status: plan.status,
    gap: plan.gap,
    cost: { ...plan.cost, classrooms: plan.cost.classrooms ?? 0, postTransfers: plan.cost.postTransfers ?? 0, recalls: plan.cost.recalls ?? 0 },
    rotations: plan.rotations.map((r) =>
      Object.assign(new PlanRotation(), {
        ...r,
        fromSchoolCode: r.fromSchool,
        toSchoolCode: r.toSchool,
        countyCode: plan.county,
        indicator: r.indicator ?? null,
        distanceKm: r.distanceKm ?? null,
      }),
    ),
    hires: plan.hires.map((h) => ({
      ...h, extraQuota: h.extraQuota ?? 0, belowMinimum: h.belowMinimum ?? false, reason: h.reason ?? null, indicator: h.indicator ?? null,
      certificateRequired: h.certificateRequired ?? false,
    })),
    classSplits: plan.classSplits.map((s) => ({
      ...s, classroomsBuilt: s.classroomsBuilt ?? 0, teachingPeriods: s.teachingPeriods ?? null, teachersNeeded: s.teachersNeeded ?? null, annualCost: s.annualCost ?? 0,
    })),
    postTransfers: (plan.postTransfers ?? []).map((t) => Object.assign(new PlanPostTransfer(), {
      fromSchoolCode: t.fromSchool, toSchoolCode: t.toSchool, posts: t.posts, reason: t.reason, annualCost: t.annualCost ?? 0,
    })),
    recalls: (plan.recalls ?? []).map((r) => Object.assign(new PlanRecall(), {
      ...r, countyCode: plan.county, indicator: r.indicator ?? null, annualCost: r.annualCost ?? 0,
    })),
    spendingByLevel: (plan.spendingByLevel ?? []).map((s) => Object.assign(new PlanLevelSpending(), s)),
    spendingByLine: spendingByLine(plan),
    shortfalls: plan.shortfalls.map((s) =>
      Object.assign(new PlanShortfall(), {
        ...s,
        schoolName: s.schoolCode ? (schoolNames.get(s.schoolCode) ?? null) : null,
        costToClose: s.costToClose ?? null,
      }),
    ),
    check: Object.assign(new PlanCheck(), {
      passes: plan.check.passes,
      violations: plan.check.violations.map((v) => ({ rule: v.rule, message: v.message, schoolCode: v.schoolCode ?? null, staffNo: v.staffNo ?? null })),
    }),
    sections: sections.map((s) =>
      Object.assign(new SectionChange(), {
        schoolCode: s.schoolCode,
        schoolName: schoolNames.get(s.schoolCode) ?? null,
        level: s.level,
        before: toState(s.before),
        after: toState(s.after),
      }),
    ),
    balanceBefore: chosen.balanceBefore.map(toBalance),
    balanceAfter: chosen.balanceAfter.map(toBalance),
    compliantSectionsBefore: sections.filter((s) => s.before.compliant).length,
    compliantSectionsAfter: sections.filter((s) => s.after.compliant).length,
    shortfallTeachers: shortfallTeachers(plan),
    costCurve: chosen.first && entity.costCurve ? Object.assign(new CostCurve(), entity.costCurve as unknown as SolverCostCurve) : null,
    yearPlans: toPlanYears(body.multiYear),
    multiYearCheck: toMultiYearCheck(body.multiYearCheck),
    rotationPointsRule: body.rotationPoints ? describeRotationPointsRule(body.rotationPoints) : null,
    years: body.multiYear ? body.multiYear.years.map((y) => y.year) : [plan.year],
    retirements: toPlanRetirements(chosen.planYear?.retirements ?? [], schoolNames, options.personal),
    returning: toPlanReturning(chosen.planYear?.returning ?? [], schoolNames, options.personal),
    targetResults: toTargetResults(body.multiYear?.targets),
    totalCost: body.multiYear ? body.multiYear.totalCost : plan.cost.total,
    fingerprint: entity.fingerprint,
    createdAt: entity.createdAt.toISOString(),
  });
}
