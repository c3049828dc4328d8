import { budgetCategoryOfCost, budgetLineRemaining, PLAN_COST_KINDS, type PlanCostKind } from './budget-lines';
import { rotationCost } from './cost';
import { distanceKm } from './geo';
import type { Plan } from './plan';
import { LEVELS, type BudgetLine, type Level, type RegionData } from './types';

export interface PlanSpending {
  byKind: Record<PlanCostKind, number>;
  byLevel: Array<{ level: Level; amount: number }>;
  byLine: Array<{ category: string; amount: number }>;
}

type PlanRows = Pick<Plan, 'rotations' | 'hires' | 'classSplits'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>;

/**
 * A plan's yearly spending by cost kind, by level and by budget line (each kind on its line, by
 * `budgetCategoryOfCost`), recomputed from its rows and the cost tables (post transfers and recalls: their
 * rows' own cost); `countyCode` limits it to the rows of one county (a rotation belongs to its sending
 * county). Post transfers belong to no level. Rows naming unknown schools are skipped.
 */
export function planSpending(region: Pick<RegionData, 'schools' | 'costTables'>, plan: PlanRows, countyCode?: string): PlanSpending {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const tables = new Map(region.costTables.map((t) => [t.countyCode, t]));
  const byKind: Record<PlanCostKind, number> = { HIRE: 0, EXTRA_QUOTA: 0, ROTATION: 0, TRANSPORT: 0, CLASSROOM: 0, POST_TRANSFER: 0, RECALL: 0 };
  const levelAmounts = new Map<Level, number>();
  const add = (kind: PlanCostKind, level: Level | null, amount: number) => {
    byKind[kind] += amount;
    if (level) levelAmounts.set(level, (levelAmounts.get(level) ?? 0) + amount);
  };
  for (const h of plan.hires) {
    const school = schools.get(h.schoolCode);
    if (!school || (countyCode && school.countyCode !== countyCode)) continue;
    add('HIRE', h.level, h.annualCost);
    add('EXTRA_QUOTA', h.level, (h.extraQuota ?? 0) * (tables.get(school.countyCode)?.extraQuota ?? 0));
  }
  for (const r of plan.rotations) {
    const from = schools.get(r.fromSchool);
    const to = schools.get(r.toSchool);
    const table = from && tables.get(from.countyCode);
    if (!from || !to || !table || (countyCode && from.countyCode !== countyCode)) continue;
    const c = rotationCost(table, distanceKm(from, to));
    add('ROTATION', r.level, c.rotation);
    add('TRANSPORT', r.level, c.transport);
  }
  for (const s of plan.classSplits) {
    const school = schools.get(s.schoolCode);
    if (!school || (countyCode && school.countyCode !== countyCode)) continue;
    add('CLASSROOM', s.level, s.annualCost ?? 0);
  }
  // A post belongs to the school, not to a level: transfers count by kind and line, in no level.
  for (const t of plan.postTransfers ?? []) {
    const to = schools.get(t.toSchool);
    if (!to || (countyCode && to.countyCode !== countyCode)) continue;
    add('POST_TRANSFER', null, t.annualCost ?? 0);
  }
  for (const r of plan.recalls ?? []) {
    const school = schools.get(r.schoolCode);
    if (!school || (countyCode && school.countyCode !== countyCode)) continue;
    add('RECALL', r.level, r.annualCost ?? 0);
  }
  const lineAmounts = new Map<string, number>();
  for (const kind of PLAN_COST_KINDS) {
    if (byKind[kind] === 0) continue;
    const category = budgetCategoryOfCost(kind);
    lineAmounts.set(category, (lineAmounts.get(category) ?? 0) + byKind[kind]);
  }
  return {
    byKind,
    byLevel: LEVELS.filter((l) => (levelAmounts.get(l) ?? 0) > 0).map((level) => ({ level, amount: levelAmounts.get(level)! })),
    byLine: [...lineAmounts].map(([category, amount]) => ({ category, amount })),
  };
}

/**
 * What a scenario that draws on `categories` may spend on each line of one county in a year: the lines'
 * amounts minus what applied plans committed. A listed category the county has no line for gives 0; a
 * cost kind whose line is not listed may not be spent at all. null categories: no line bounds (empty map).
 */
export function budgetLineLimits(
  budgets: readonly BudgetLine[],
  countyCode: string,
  year: number,
  categories: readonly string[] | null | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!categories) return out;
  for (const kind of PLAN_COST_KINDS) {
    const category = budgetCategoryOfCost(kind);
    if (out.has(category)) continue;
    if (!categories.includes(category)) {
      out.set(category, 0);
      continue;
    }
    let left = 0;
    for (const b of budgets) if (b.countyCode === countyCode && b.year === year && b.category === category) left += budgetLineRemaining(b);
    out.set(category, left);
  }
  return out;
}
