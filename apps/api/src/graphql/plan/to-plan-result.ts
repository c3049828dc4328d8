import { budgetCategoryOfCost, INDICATOR_LABELS_ZH, type MultiYearCheck as DomainMultiYearCheck, type MultiYearPlan, PLAN_COST_KINDS, type Check as DomainCheck, type IndicatorBalance as DomainBalance, type Plan } from '@junheng/domain';
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
  /** The multi-year checker's verdict, computed by the job from the region the plan was solved from. */
  multiYearCheck?: DomainMultiYearCheck;
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

/** The stored plan as the API shows it; school names come from `schoolNames` where known. */
export function toPlanResult(entity: PlanEntity, schoolNames: ReadonlyMap<string, string>): PlanResult {
  // The job's parts (explanation, sections, balance) are typed by the packages that wrote them.
  const body = decodeStoredPlan(entity.body) as unknown as StoredPlanBody;
  const plan = body.plan;
  const sections = body.sections ?? [];
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
    balanceBefore: (body.balanceBefore ?? []).map(toBalance),
    balanceAfter: (body.balanceAfter ?? []).map(toBalance),
    compliantSectionsBefore: sections.filter((s) => s.before.compliant).length,
    compliantSectionsAfter: sections.filter((s) => s.after.compliant).length,
    shortfallTeachers: shortfallTeachers(plan),
    costCurve: entity.costCurve ? Object.assign(new CostCurve(), entity.costCurve as unknown as SolverCostCurve) : null,
    yearPlans: toPlanYears(body.multiYear),
    multiYearCheck: toMultiYearCheck(body.multiYearCheck),
    targetResults: toTargetResults(body.multiYear?.targets),
    totalCost: body.multiYear ? body.multiYear.totalCost : plan.cost.total,
    fingerprint: entity.fingerprint,
    createdAt: entity.createdAt.toISOString(),
  });
}
