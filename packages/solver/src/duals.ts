import type { PlanShortfall } from '@junheng/domain';
import type { AllocationModel } from './allocation-model';
import { highsBackend } from './backends/choose-backend';

/**
 * Marginal yearly cost per teacher of each shortfall, read from the LP relaxation's row duals.
 *
 * The objective prices a yuan at `weights.cost` (w) and the budget row adds its shadow price λ (the
 * objective a yuan more of budget would save). At the LP optimum every lever that closes a gap at the
 * margin has zero reduced cost, so the row dual y of the gap's row (objective per unit of the row)
 * equals (w + λ) times the lever's yuan cost: y · (row units per teacher) / (w + λ) is the yearly cost of
 * closing one more teacher of that gap at the margin. Where y is the shortfall's whole penalty and λ is 0,
 * no lever reaches the gap at any price: money cannot close it (null).
 */
export interface MarginalCosts {
  /** Shadow price of the budget, objective per yuan (0 when the cap does not bind or there is none). */
  budgetShadow: number;
  /** Yuan per teacher by shortfall key (`school:level:indicator`, or `county:indicator` for county rules). */
  perTeacher: Map<string, number | null>;
  /** Keys whose dual is the shortfall's whole penalty: no lever closes the gap at the margin. */
  atPenalty: Set<string>;
}

export function shortfallKey(s: Pick<PlanShortfall, 'schoolCode' | 'level' | 'indicator'>, county: string): string {
  return s.schoolCode === null ? `${county}:${s.indicator}` : `${s.schoolCode}:${s.level}:${s.indicator}`;
}

export function marginalCosts(model: AllocationModel, duals: ArrayLike<number>): MarginalCosts {
  const w = model.weights.cost;
  let budgetShadow = 0;
  const rowOf = new Map<number, number>();
  model.constraints.forEach((c, r) => {
    if (c.family === 'budget' || c.family.startsWith('budget_')) budgetShadow = Math.max(budgetShadow, Math.abs(duals[r] ?? 0));
    for (const v of c.vars) rowOf.set(v, r);
  });
  const perTeacher = new Map<string, number | null>();
  const atPenalty = new Set<string>();
  for (const s of model.shortfalls) {
    const r = rowOf.get(s.v);
    if (r === undefined) continue;
    const row = model.constraints[r]!;
    const unitsPerTeacher = Math.abs(row.coefs[row.vars.indexOf(s.v)] ?? 1);
    // Objective per teacher of gap (the shortfall variable counts teachers; its row may count them scaled).
    const y = Math.abs(duals[r] ?? 0) * unitsPerTeacher;
    const penalty = model.variables[s.v]!.cost;
    const key = s.section ? `${s.section.key}:${s.indicator}` : `${s.county}:${s.indicator}`;
    if (y >= penalty * (1 - 1e-6)) atPenalty.add(key);
    perTeacher.set(key, budgetShadow <= 1e-12 && atPenalty.has(key) ? null : y / (w + budgetShadow));
  }
  return { budgetShadow, perTeacher, atPenalty };
}

/** The LP relaxation's row duals of a model (HiGHS), when the solve did not give them already. */
export async function lpDuals(model: AllocationModel, timeLimitSeconds: number): Promise<Float64Array | null> {
  const r = await highsBackend().solve(model, { timeLimitSeconds, mipGap: 0, relax: true });
  return r.duals;
}

/** Sets each shortfall's costToClose from the marginal costs: gap teachers times the marginal yuan per teacher. */
export function applyMarginalCosts(shortfalls: PlanShortfall[], county: (s: PlanShortfall) => string, costs: MarginalCosts): void {
  for (const s of shortfalls) {
    const key = shortfallKey(s, county(s));
    if (!costs.perTeacher.has(key)) continue;
    // A gap no lever reaches (no donor, no post) is not closed by money, whatever the budget's price.
    const noLever = costs.atPenalty.has(key) && s.cause !== 'BUDGET' && s.cause !== 'OTHER' && s.cause !== 'TIME_LIMIT';
    const unit = noLever ? null : costs.perTeacher.get(key)!;
    s.costToClose = unit === null || s.gapTeachers === null ? null : Math.round(unit * s.gapTeachers);
  }
}
