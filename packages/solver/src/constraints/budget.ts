import { BUDGET_CATEGORY, budgetCategoryOfCost, type PlanCostKind } from '@junheng/domain';
import type { BuildContext } from '../allocation-model';

/** An ASCII name for a budget category, for row names that LP files can carry. */
function lineLabel(category: string): string {
  const entry = Object.entries(BUDGET_CATEGORY).find(([, name]) => name === category);
  return entry ? entry[0] : `line${[...category].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;
}

/** Terms of each cost kind, per county. */
function costTerms(ctx: BuildContext): Map<string, Map<PlanCostKind, Array<[number, number]>>> {
  const out = new Map<string, Map<PlanCostKind, Array<[number, number]>>>();
  const add = (county: string, kind: PlanCostKind, v: number, coef: number) => {
    const byKind = out.get(county) ?? out.set(county, new Map()).get(county)!;
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push([v, coef]);
  };
  for (const f of ctx.flows) {
    add(f.arc.donor.school.countyCode, 'ROTATION', f.v, f.arc.rotationCost);
    add(f.arc.donor.school.countyCode, 'TRANSPORT', f.v, f.arc.transportCost);
  }
  for (const h of ctx.hires) add(h.section.school.countyCode, 'HIRE', h.v, h.unitCost);
  for (const e of ctx.extraQuota) add(e.school.school.countyCode, 'EXTRA_QUOTA', e.v, e.school.costTable.extraQuota);
  for (const c of ctx.classrooms) add(c.school.school.countyCode, 'CLASSROOM', c.v, c.unitCost);
  const perPost = ctx.index.standards.postTransfer.costPerPost;
  for (const m of ctx.postMoves) if (m.direction === 'IN' && perPost > 0) add(m.school.school.countyCode, 'POST_TRANSFER', m.v, perPost);
  for (const r of ctx.recalls) if (r.unitCost > 0) add(r.section.school.countyCode, 'RECALL', r.v, r.unitCost);
  return out;
}

/**
 * budget[year]: hires, rotation allowances, transport, extra quota, new classrooms, post transfers and
 * recalls within the yearly cap.
 * budget_line[county:category]: when the scenario draws on budget lines, each cost kind's spending on its
 * line (`budgetCategoryOfCost`) within the line's amount minus what is committed (0 for a line not drawn on).
 */
export function addBudget(ctx: BuildContext): void {
  const { scenario } = ctx.index;
  const byCounty = costTerms(ctx);
  const cap = scenario.budgetCap;
  if (cap !== null) {
    const all: Array<[number, number]> = [];
    for (const byKind of byCounty.values()) for (const terms of byKind.values()) all.push(...terms);
    ctx.builder.addConstraint('budget', String(scenario.year), all, -Infinity, cap);
  }
  for (const [county, limits] of ctx.index.lineLimits) {
    if (limits.size === 0) continue;
    const byLine = new Map<string, Array<[number, number]>>();
    for (const [kind, terms] of byCounty.get(county) ?? []) {
      const category = budgetCategoryOfCost(kind);
      (byLine.get(category) ?? byLine.set(category, []).get(category)!).push(...terms);
    }
    for (const [category, terms] of byLine) ctx.builder.addConstraint('budget_line', `${county}:${lineLabel(category)}`, terms, -Infinity, limits.get(category) ?? 0);
  }
}
