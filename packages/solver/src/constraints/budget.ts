import type { BuildContext } from '../allocation-model';

/** budget[year]: hires, rotation allowances, transport and extra quota within the yearly cap. */
export function addBudget(ctx: BuildContext): void {
  const cap = ctx.index.scenario.budgetCap;
  if (cap === null) return;
  const terms: Array<[number, number]> = [];
  for (const f of ctx.flows) terms.push([f.v, f.arc.rotationCost + f.arc.transportCost]);
  for (const h of ctx.hires) terms.push([h.v, h.unitCost]);
  for (const e of ctx.extraQuota) terms.push([e.v, e.school.costTable.extraQuota]);
  ctx.builder.addConstraint('budget', String(ctx.index.scenario.year), terms, -Infinity, cap);
}
