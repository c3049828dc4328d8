import type { AllocationModel } from './allocation-model';
import { typeFlags } from './teacher-types';

const EPS = 1e-6;

/**
 * Integer flows checked against the model's own rows, by name, not against a second copy of the rules:
 * the flows are fixed at whole units; the hires at the LP's hires rounded down (a baseline with which the
 * second stage is always feasible) and each school's extra quota at what those hires need beyond its
 * vacancies; every other column (shortfalls, excesses, extra classes, classrooms, binaries) is free within
 * its bounds, as the second stage will set it. A row holds when some value of its free columns satisfies
 * it. So supply[..], donor_cap[..], the donors' donor_*[..] rows, split_time[..] (with no extra class),
 * budget[..] and budget_line[..] bind, while rows with a shortfall (q1_min, rotation_quota, and the
 * backbone_share outside full compliance) never stop a rotation, exactly as the model says.
 * Row activities are kept up to date, so a step is checked over the rows of its own column only.
 */
class RowState {
  readonly units: number[];
  /** Activity of the fixed columns (flows and baseline hires and extra quota) per row. */
  private readonly fixed: Float64Array;
  /** Least and greatest activity the free columns can add per row. */
  private readonly freeMin: Float64Array;
  private readonly freeMax: Float64Array;
  private readonly tol: Float64Array;
  /** Rows (and coefficients) of each flow, by flow index. */
  private readonly rowsOf: Array<Array<[number, number]>>;

  constructor(private readonly model: AllocationModel, values: ArrayLike<number>) {
    this.units = model.flows.map(() => 0);
    // Per column: its fixed value (NaN when free) and its flow's index (-1 when not a flow).
    const fixedValue = new Float64Array(model.variables.length).fill(Number.NaN);
    const flowIndex = new Int32Array(model.variables.length).fill(-1);
    model.flows.forEach((f, i) => {
      fixedValue[f.v] = 0;
      flowIndex[f.v] = i;
    });
    const bySchool = new Map<string, number>();
    for (const h of model.hires) {
      const n = Math.floor(Math.max(0, values[h.v] ?? 0) + EPS);
      fixedValue[h.v] = n;
      bySchool.set(h.section.school.code, (bySchool.get(h.section.school.code) ?? 0) + n);
    }
    for (const e of model.extraQuota) fixedValue[e.v] = Math.max(0, (bySchool.get(e.school.school.code) ?? 0) - e.school.vacancies);
    const m = model.constraints.length;
    this.fixed = new Float64Array(m);
    this.freeMin = new Float64Array(m);
    this.freeMax = new Float64Array(m);
    this.tol = new Float64Array(m);
    this.rowsOf = model.flows.map(() => []);
    model.constraints.forEach((c, r) => {
      this.tol[r] = EPS * Math.max(1, Number.isFinite(c.lb) ? Math.abs(c.lb) : 0, Number.isFinite(c.ub) ? Math.abs(c.ub) : 0);
      for (let k = 0; k < c.vars.length; k++) {
        const v = c.vars[k]!;
        const a = c.coefs[k]!;
        const flow = flowIndex[v]!;
        if (flow >= 0) this.rowsOf[flow]!.push([r, a]);
        const x = fixedValue[v]!;
        if (!Number.isNaN(x)) {
          this.fixed[r]! += a * x;
          continue;
        }
        const { lb, ub } = model.variables[v]!;
        const lo = a > 0 ? a * lb : a * ub;
        const hi = a > 0 ? a * ub : a * lb;
        this.freeMin[r]! += Number.isNaN(lo) ? 0 : lo;
        this.freeMax[r]! += Number.isNaN(hi) ? 0 : hi;
      }
    });
  }

  /** How far row r is from holding (0 when some value of its free columns satisfies it). */
  private violation(r: number): number {
    const c = this.model.constraints[r]!;
    const below = c.lb - (this.fixed[r]! + this.freeMax[r]!);
    const above = this.fixed[r]! + this.freeMin[r]! - c.ub;
    return Math.max(0, below > this.tol[r]! ? below : 0, above > this.tol[r]! ? above : 0);
  }

  private move(i: number, sign: 1 | -1): void {
    this.units[i]! += sign;
    for (const [r, a] of this.rowsOf[i]!) this.fixed[r]! += sign * a;
  }

  /** Adds one unit of flow i when no row of its column is left violated, or more violated than before. */
  tryAdd(i: number): boolean {
    // Row by row, without allocating: this runs for every flow in every pass of the quota fill.
    for (const [r, a] of this.rowsOf[i]!) {
      const before = this.violation(r);
      this.fixed[r]! += a;
      const after = this.violation(r);
      this.fixed[r]! -= a;
      if (after > before + EPS) return false;
    }
    this.move(i, 1);
    return true;
  }

  /** Adds one unit without checks (the repair pass follows). */
  force(i: number): void {
    this.move(i, 1);
  }

  /**
   * Whether a unit of flow i should go: some row of its column is violated in the direction that fewer
   * units of i relieve (a row below its lower bound that i lowers, or above its upper bound that i raises).
   */
  overcommitted(i: number): boolean {
    if (this.units[i]! <= 0) return false;
    for (const [r, a] of this.rowsOf[i]!) {
      const c = this.model.constraints[r]!;
      if (a > 0 && this.fixed[r]! + this.freeMin[r]! - c.ub > this.tol[r]!) return true;
      if (a < 0 && c.lb - (this.fixed[r]! + this.freeMax[r]!) > this.tol[r]!) return true;
    }
    return false;
  }

  remove(i: number): void {
    this.move(i, -1);
  }

  /** Rotations of a county so far (flows leave from their donor's county). */
  rotationsIn(county: string): number {
    let n = 0;
    this.model.flows.forEach((f, i) => {
      if (f.arc.donor.school.countyCode === county) n += this.units[i]!;
    });
    return n;
  }
}

/**
 * LP flows to whole teachers: round down, repair where a row of the model fails, then round up the
 * largest fractions (>= 0.5) where every row allows, then add units (LP-suggested first, then backbone,
 * then cheapest) while a county misses its rotation quota. The result satisfies every row the second stage
 * cannot fix; the plan checker verifies it independently.
 */
export function roundFlows(model: AllocationModel, values: ArrayLike<number>): number[] {
  const state = new RowState(model, values);
  const frac: Array<{ i: number; f: number }> = [];
  model.flows.forEach((flow, i) => {
    const x = Math.max(0, values[flow.v] ?? 0);
    const whole = Math.floor(x + EPS);
    for (let k = 0; k < whole; k++) state.force(i);
    if (x - whole > EPS) frac.push({ i, f: x - whole });
  });
  // Rounded-down flows keep the LP's structure; take units back wherever a row fails (chains of donors
  // that also receive are settled by repeating until nothing changes). Non-backbone units go first, so
  // that a hard backbone share is restored by dropping them.
  const order = model.flows.map((_, i) => i).sort((a, b) => Number(typeFlags(model.flows[a]!.type).backbone) - Number(typeFlags(model.flows[b]!.type).backbone) || b - a);
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of order) {
      while (state.overcommitted(i)) {
        state.remove(i);
        changed = true;
      }
    }
  }
  for (const { i, f } of frac) if (f >= 0.5 - EPS) state.tryAdd(i);
  for (const county of model.index.counties) {
    const quota = model.index.quotaByCounty.get(county) ?? 0;
    let rotations = state.rotationsIn(county);
    if (rotations >= quota) continue;
    const inCounty = model.flows.map((f, i) => ({ f, i })).filter(({ f }) => f.arc.donor.school.countyCode === county);
    const lpFirst = frac.filter(({ i }) => model.flows[i]!.arc.donor.school.countyCode === county).map(({ i }) => i);
    const cheapest = inCounty.sort((a, b) => typeFlags(b.f.type).backbone === typeFlags(a.f.type).backbone ? model.variables[a.f.v]!.cost - model.variables[b.f.v]!.cost : typeFlags(b.f.type).backbone ? 1 : -1).map(({ i }) => i);
    // Round robin: each pass gives a receiving section at most one more teacher, so the fill spreads.
    let progress = true;
    while (progress && rotations < quota) {
      progress = false;
      const served = new Set<string>();
      for (const i of [...lpFirst, ...cheapest]) {
        if (rotations >= quota) break;
        const receiver = model.flows[i]!.arc.receiver.key;
        if (served.has(receiver)) continue;
        if (state.tryAdd(i)) {
          rotations++;
          progress = true;
          served.add(receiver);
        }
      }
    }
  }
  return state.units;
}
