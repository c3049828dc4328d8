import { checkPlan, planOutcome, planSpending, type Plan, type RegionData, type ScenarioParameters, type SolveStatus, type StandardSet } from '@junheng/domain';
import { emptySolution, readAggregateSolution, withFixedFlows, withoutFixedFlows, type AggregateSolution } from './aggregate-solution';
import type { AllocationModel, ModelOptions } from './allocation-model';
import { chooseBackend, highsBackend } from './backends/choose-backend';
import { maxViolation, type BackendResult, type SolverBackend } from './backends/solver-backend';
import { disaggregateClassSplits, disaggregateHires, disaggregateRotations } from './disaggregate';
import { disaggregatePostTransfers, disaggregateRecalls, openPostsAfterTransfers } from './disaggregate-levers';
import { modelStats, type LinearModel, type ModelStats } from './model';
import { buildModelFromIndex } from './model-builder';
import { planCost } from './plan-cost';
import { buildRegionIndex, type RegionIndex } from './region-index';
import type { BalanceTarget } from './constraints/balance';
import { nextBalanceTargets, planBalance } from './plan-balance';
import { applyMarginalCosts, lpDuals, marginalCosts } from './duals';
import { roundFlows } from './rounding';
import { flowNeighbourhood } from './flow-neighbourhood';
import { reportShortfalls } from './shortfall-causes';

export type SolveStrategy = 'auto' | 'exact' | 'lp-round';

export interface SolveRegionOptions {
  /** A backend instance (overrides the scenario's choice). */
  backend?: SolverBackend;
  model?: Partial<ModelOptions>;
  /** exact: flows integer in one MIP; lp-round: LP relaxation, rounding and repair, then a MIP of hires. */
  strategy?: SolveStrategy;
  /** `auto` solves exactly up to this many flow variables. */
  exactMaxFlows?: number;
  /** lp-round: improve the rounded plan with the MIP around the LP's answer when it misses the gap (default true). */
  neighbourhood?: boolean;
}

export interface SolveRegionInput {
  region: RegionData;
  /** The base standard set; the scenario's overrides are applied. */
  standardSet: StandardSet;
  scenario: ScenarioParameters;
  options?: SolveRegionOptions;
}

export interface InfeasibilityItem {
  schoolCode: string | null;
  level: string | null;
  indicator: string;
  cause: string;
  message: string;
}

export interface SolveTimings {
  buildMs: number;
  solveMs: number;
  disaggregateMs: number;
  checkMs: number;
  totalMs: number;
}

export interface SolveResult {
  plan: Plan;
  status: SolveStatus;
  backend: string;
  strategy: 'exact' | 'lp-round';
  /** Objective of the plan's aggregate solution, and the best lower bound known. */
  objective: number | null;
  bound: number | null;
  gap: number;
  stats: ModelStats & { arcs: number; flows: number; hires: number };
  timings: SolveTimings;
  /** In full-compliance mode when not every standard can be met: which school, which indicator, why. */
  infeasibility: InfeasibilityItem[];
  /** Row duals of the LP relaxation (lp-round strategy with a backend that gives them). */
  lpDuals: Float64Array | null;
  model: AllocationModel;
}

export const DEFAULT_EXACT_MAX_FLOWS = 600;

interface AggregateOutcome {
  solution: AggregateSolution | null;
  status: SolveStatus;
  objective: number | null;
  bound: number | null;
  gap: number;
  duals: Float64Array | null;
  strategy: 'exact' | 'lp-round';
}

/**
 * Reads a backend's answer only when it is usable: a solution that satisfies every row and bound of
 * the model (javascript-lp-solver stopped by its timeout can return one that does not).
 */
function usable(model: LinearModel, r: BackendResult): BackendResult {
  if (r.values && maxViolation(model, r.values) > 1e-5) {
    return { ...r, status: r.status === 'OPTIMAL' ? 'ERROR' : 'TIME_LIMIT', values: null, objective: null, message: 'solution violates the model' };
  }
  return r;
}

function statusOf(r: BackendResult, gap: number, mipGap: number): SolveStatus {
  if (r.status === 'TIME_LIMIT') return 'TIME_LIMIT';
  if (r.status === 'OPTIMAL') return gap <= mipGap + 1e-9 ? 'OPTIMAL' : 'FEASIBLE';
  return r.status;
}

function relGap(objective: number, bound: number | null): number {
  if (bound === null) return 0;
  return Math.max(0, (objective - bound) / Math.max(1, Math.abs(objective)));
}

async function solveExact(model: AllocationModel, backend: SolverBackend, scenario: ScenarioParameters): Promise<AggregateOutcome> {
  const integer = { ...model, variables: model.variables.map((v, i) => (model.flows.some((f) => f.v === i) ? { ...v, integer: true } : v)) };
  const r = usable(integer, await backend.solve(integer, { timeLimitSeconds: scenario.timeLimitSeconds, mipGap: scenario.mipGap }));
  if (!r.values || r.objective === null) return { solution: null, status: r.status === 'INFEASIBLE' ? 'INFEASIBLE' : r.status === 'TIME_LIMIT' ? 'TIME_LIMIT' : 'ERROR', objective: null, bound: null, gap: 1, duals: null, strategy: 'exact' };
  const gap = r.gap ?? relGap(r.objective, r.bound);
  return { solution: readAggregateSolution(model, r.values), status: statusOf(r, gap, scenario.mipGap), objective: r.objective, bound: r.bound, gap, duals: null, strategy: 'exact' };
}

async function solveLpRound(model: AllocationModel, backend: SolverBackend, scenario: ScenarioParameters, neighbourhood = true): Promise<AggregateOutcome> {
  const started = performance.now();
  const lp = usable(model, await backend.solve(model, { timeLimitSeconds: scenario.timeLimitSeconds, mipGap: scenario.mipGap, relax: true }));
  if (!lp.values || lp.objective === null) return { solution: null, status: lp.status === 'INFEASIBLE' ? 'INFEASIBLE' : lp.status === 'TIME_LIMIT' ? 'TIME_LIMIT' : 'ERROR', objective: null, bound: null, gap: 1, duals: null, strategy: 'lp-round' };
  const units = roundFlows(model, lp.values);
  const left = Math.max(1, scenario.timeLimitSeconds - (performance.now() - started) / 1000);
  const reduced = withoutFixedFlows(model, units);
  // The MIP over what is still free (hires, extra quota, class splits, shortfalls), the flows' terms as constants.
  const raw = reduced
    ? await backend.solve(reduced.model, { timeLimitSeconds: left, mipGap: scenario.mipGap })
    : { status: 'INFEASIBLE' as const, objective: null, bound: null, gap: null, values: null, duals: null, seconds: 0 };
  const full = raw.values && reduced ? { ...raw, values: reduced.expand(raw.values), objective: raw.objective === null ? null : raw.objective + reduced.offset } : raw;
  const r = usable(withFixedFlows(model, units), full);
  if (!r.values || r.objective === null) {
    if (r.status === 'INFEASIBLE') {
      // The rounded flows pass each row alone but not together (rows that share free columns: a donor
      // backfilling two levels from the same vacant posts), or full compliance cannot hold them: the MIP
      // around the LP's answer settles it with a few hundred integer flows; the exact MIP only if it cannot.
      const settled = await settleInNeighbourhood(model, backend, scenario, lp.values, units, started);
      if (!settled) return solveExact(model, backend, scenario);
      const gap = relGap(settled.objective, lp.objective);
      return { solution: readAggregateSolution(model, settled.values, settled.units), status: statusOf(settled.raw, gap, scenario.mipGap), objective: settled.objective, bound: lp.objective, gap, duals: lp.duals, strategy: 'lp-round' };
    }
    return { solution: null, status: r.status === 'TIME_LIMIT' ? 'TIME_LIMIT' : 'ERROR', objective: null, bound: lp.objective, gap: 1, duals: lp.duals, strategy: 'lp-round' };
  }
  // The rounded plan already within the scenario's gap of the LP bound is kept as it is.
  const best = !neighbourhood || relGap(r.objective, lp.objective) <= scenario.mipGap ? { values: r.values, objective: r.objective, units: null } : await improveInNeighbourhood(model, backend, scenario, lp.values, units, { values: r.values, objective: r.objective }, started, lp.seconds);
  const gap = relGap(best.objective, lp.objective);
  const status = statusOf(r, gap, scenario.mipGap);
  return { solution: readAggregateSolution(model, best.values, best.units ?? units), status, objective: best.objective, bound: lp.objective, gap, duals: lp.duals, strategy: 'lp-round' };
}

/**
 * The MIP around the LP's answer (`flow-neighbourhood.ts`), started from the rounded plan, in the time
 * left: kept when it is a valid plan of the full model and cheaper. The sub-MIP is asked for a quarter of
 * the scenario's gap, since its own bound lies above the LP bound the plan's gap is reported against.
 * Skipped when the rounded plan is already within the scenario's gap.
 */
async function improveInNeighbourhood(
  model: AllocationModel,
  backend: SolverBackend,
  scenario: ScenarioParameters,
  lpValues: ArrayLike<number>,
  units: number[],
  rounded: { values: Float64Array; objective: number },
  started: number,
  lpSeconds: number,
): Promise<{ values: Float64Array; objective: number; units: number[] | null }> {
  const keep = { ...rounded, units: null };
  // At most five times what the LP took (at least 2 s; the LP's time also measures how busy the machine
  // is): a backend that struggles with the integer flows (javascript-lp-solver) keeps the rounded plan
  // instead of using the whole time limit.
  const left = Math.min(scenario.timeLimitSeconds - (performance.now() - started) / 1000, Math.max(2, 5 * lpSeconds));
  const hood = flowNeighbourhood(model, lpValues, units);
  if (!hood || left < 0.5) return keep;
  const raw = await backend.solve(hood.model, { timeLimitSeconds: left, mipGap: scenario.mipGap / 4, start: hood.restrict(rounded.values) });
  if (!raw.values || raw.objective === null) return keep;
  const values = hood.expand(raw.values);
  const checked = usable(model, { ...raw, values, objective: raw.objective + hood.offset });
  if (!checked.values || checked.objective === null || checked.objective >= rounded.objective - 1e-9 * Math.abs(rounded.objective)) return keep;
  return { values: checked.values, objective: checked.objective, units: model.flows.map((f) => Math.max(0, Math.round(checked.values![f.v]!))) };
}

/**
 * The MIP around the LP's answer (`flow-neighbourhood.ts`) with no start, in the time left, when the
 * rounded flows admit no plan: null when it finds no plan of the full model either.
 */
async function settleInNeighbourhood(
  model: AllocationModel,
  backend: SolverBackend,
  scenario: ScenarioParameters,
  lpValues: ArrayLike<number>,
  units: number[],
  started: number,
): Promise<{ values: Float64Array; objective: number; units: number[]; raw: BackendResult } | null> {
  const left = scenario.timeLimitSeconds - (performance.now() - started) / 1000;
  const hood = flowNeighbourhood(model, lpValues, units);
  if (!hood || left < 0.5) return null;
  const raw = await backend.solve(hood.model, { timeLimitSeconds: left, mipGap: scenario.mipGap / 4 });
  if (!raw.values || raw.objective === null) return null;
  const checked = usable(model, { ...raw, values: hood.expand(raw.values), objective: raw.objective + hood.offset });
  if (!checked.values || checked.objective === null) return null;
  const values = checked.values;
  return { values, objective: checked.objective, units: model.flows.map((f) => Math.max(0, Math.round(values[f.v]!))), raw: checked };
}

/**
 * Solves one region (a county, or several counties as one model) under a scenario: build the aggregate
 * model, solve it, turn the answer into named teachers, hires and class splits, report what remains
 * short and why, and run the domain's independent plan checker on the teacher-level result.
 */
export async function solveRegion(input: SolveRegionInput): Promise<SolveResult> {
  const t0 = performance.now();
  const index = buildRegionIndex(input.region, input.standardSet, input.scenario);
  const cap = input.scenario.budgetCap;
  // CVs that fail before the plan are aimed at from the first solve (where money is there for a lever);
  // a CV that passes before and fails after gets its surrogate in a re-solve, tightened until it holds.
  const before = index.sections.map((s) => s.before);
  const money = cap === null || cap >= cheapestLever(index);
  let targets: BalanceTarget[] = money ? nextBalanceTargets(planBalance(index, before, before), before, index, [], true) : [];
  let best: SolveResult | null = null;
  let spent = { buildMs: 0, solveMs: 0, disaggregateMs: 0, checkMs: 0 };
  for (let round = 0; round <= MAX_BALANCE_ROUNDS; round++) {
    const r = await solveWithTargets(input, index, targets);
    spent = { buildMs: spent.buildMs + r.timings.buildMs, solveMs: spent.solveMs + r.timings.solveMs, disaggregateMs: spent.disaggregateMs + r.timings.disaggregateMs, checkMs: spent.checkMs + r.timings.checkMs };
    if (!best || balanceBetter(r, best)) best = r;
    // A re-solve that leaves more teachers short is not improved by tightening further.
    else if (shortTeachers(r) > shortTeachers(best)) break;
    const balance = r.plan.balance ?? [];
    const next = nextBalanceTargets(balance, planOutcome(input.region, index.standards, r.plan).after, index, targets, false);
    if (r.plan.status === 'INFEASIBLE' || r.plan.status === 'ERROR' || next.length === targets.length && next.every((t, i) => t === targets[i])) break;
    targets = next;
  }
  return { ...best!, timings: { ...spent, totalMs: performance.now() - t0 } };
}

/** The cheapest single lever in the region's cost tables: one rotation (allowance and nearest transport band) or one hire. */
function cheapestLever(index: RegionIndex): number {
  let best = Infinity;
  for (const t of index.region.costTables) {
    const transport = t.transport.length > 0 ? Math.min(...t.transport.map((b) => b.amount)) : 0;
    best = Math.min(best, t.rotationAllowance + transport, ...t.hire.map((h) => h.amount));
  }
  return Number.isFinite(best) ? best : 0;
}

/** Teachers short over the standards and the rotation quota (the backbone share follows the rotation). */
function shortTeachers(r: SolveResult): number {
  return r.plan.shortfalls.filter((s) => s.indicator !== 'BACKBONE_SHARE').reduce((a, s) => a + (s.gapTeachers ?? 0), 0);
}

/** Balance rounds after the first solve (each a re-solve with tightened surrogate rows). */
const MAX_BALANCE_ROUNDS = 3;

/** Whether a plan with balance targets is better than the last: fewer CVs that turn failing, then fewer failing CVs, with no more teachers short. */
function balanceBetter(next: SolveResult, prev: SolveResult): boolean {
  const turned = (r: SolveResult) => (r.plan.balance ?? []).filter((b) => b.passesBefore && !b.passesAfter).length;
  const failing = (r: SolveResult) => (r.plan.balance ?? []).filter((b) => !b.passesAfter).length;
  const short = shortTeachers;
  if (short(next) > short(prev) || (next.plan.check.passes === false && prev.plan.check.passes)) return false;
  return turned(next) < turned(prev) || (turned(next) === turned(prev) && failing(next) < failing(prev));
}

/** One solve of the region with the given balance targets: model, backend, plan, report, check. */
async function solveWithTargets(input: SolveRegionInput, index: RegionIndex, balanceTargets: BalanceTarget[]): Promise<SolveResult> {
  const { region, standardSet, scenario, options = {} } = input;
  const t0 = performance.now();
  let model = buildModelFromIndex(index, { ...options.model, balanceTargets });
  const buildMs = performance.now() - t0;
  let backend = options.backend ?? chooseBackend(scenario.backend, model);
  const exactMax = options.exactMaxFlows ?? DEFAULT_EXACT_MAX_FLOWS;
  const strategy = options.strategy === 'exact' || (options.strategy !== 'lp-round' && model.flows.length <= exactMax) ? 'exact' : 'lp-round';
  const run = (m: AllocationModel) => (strategy === 'exact' ? solveExact(m, backend, scenario) : solveLpRound(m, backend, scenario, options.neighbourhood !== false));

  const t1 = performance.now();
  let outcome: AggregateOutcome = model.emptyInfeasible.length > 0
    ? { solution: null, status: 'INFEASIBLE', objective: null, bound: null, gap: 1, duals: null, strategy }
    : await run(model);
  if (!outcome.solution && outcome.status !== 'INFEASIBLE' && !options.backend && scenario.backend === 'auto' && backend.name !== 'highs') {
    // javascript-lp-solver's branch and bound can stall without an integer answer: `auto` never leaves a
    // planner with an empty plan while HiGHS can still give one.
    backend = highsBackend();
    outcome = await run(model);
  }
  let infeasible = false;
  if (outcome.status === 'INFEASIBLE' && model.options.hard) {
    // Full compliance cannot be had: solve the soft model to say exactly what is missing and why.
    infeasible = true;
    model = buildModelFromIndex(index, { ...options.model, balanceTargets, hard: false });
    outcome = await run(model);
  }
  const solveMs = performance.now() - t1;

  const t2 = performance.now();
  const solution = outcome.solution ?? emptySolution(model);
  const rotations = disaggregateRotations(model, solution);
  const recalls = disaggregateRecalls(model, solution);
  const postTransfers = disaggregatePostTransfers(model, solution);
  const openPosts = openPostsAfterTransfers(model, postTransfers);
  for (const r of recalls) openPosts.set(r.schoolCode, (openPosts.get(r.schoolCode) ?? 0) - 1);
  const hires = disaggregateHires(model, solution, openPosts);
  const classSplits = disaggregateClassSplits(model, solution);
  const cost = planCost(index, rotations, hires, classSplits, { postTransfers, recalls });
  const spending = planSpending(region, { rotations, hires, classSplits, postTransfers, recalls });
  const status: SolveStatus = infeasible ? 'INFEASIBLE' : outcome.solution ? outcome.status : outcome.status === 'INFEASIBLE' ? 'INFEASIBLE' : outcome.status;
  const plan: Plan = {
    county: index.counties[0] ?? '',
    counties: index.counties,
    year: scenario.year,
    backend: backend.name,
    status,
    gap: outcome.gap,
    cost,
    rotations,
    hires,
    classSplits,
    postTransfers,
    recalls,
    shortfalls: [],
    check: { passes: false, violations: [] },
    spendingByLevel: spending.byLevel,
    spendingByLine: spending.byLine,
  };
  const outcomeAfter = planOutcome(region, index.standards, plan);
  plan.shortfalls = reportShortfalls(model, outcomeAfter.after, plan, status);
  plan.balance = planBalance(index, outcomeAfter.before, outcomeAfter.after);
  if (plan.shortfalls.length > 0 && !model.options.hard) {
    const duals = outcome.duals ?? (await lpDuals(model, scenario.timeLimitSeconds));
    if (duals) applyMarginalCosts(plan.shortfalls, (s) => (s.schoolCode ? (index.schools.get(s.schoolCode)?.school.countyCode ?? '') : plan.county), marginalCosts(model, duals));
  }
  const disaggregateMs = performance.now() - t2;

  const t3 = performance.now();
  plan.check = checkPlan(region, standardSet, scenario, plan);
  const checkMs = performance.now() - t3;

  const infeasibility: InfeasibilityItem[] = infeasible
    ? plan.shortfalls.map((s) => ({
        schoolCode: s.schoolCode,
        level: s.level,
        indicator: s.indicator,
        cause: s.cause,
        message: `${s.schoolCode ? `${index.schools.get(s.schoolCode)?.school.name ?? s.schoolCode} ${s.level}` : `County ${plan.county}`}: ${s.indicator} short by ${s.gapTeachers ?? '?'} (${s.cause})`,
      }))
    : [];
  return {
    plan,
    status,
    backend: backend.name,
    strategy: outcome.strategy,
    objective: outcome.objective,
    bound: outcome.bound,
    gap: outcome.gap,
    stats: { ...modelStats(model), arcs: model.arcs.length, flows: model.flows.length, hires: model.hires.length },
    timings: { buildMs, solveMs, disaggregateMs, checkMs, totalMs: performance.now() - t0 },
    infeasibility,
    lpDuals: outcome.duals,
    model,
  };
}
