import { createRequire } from 'node:module';
import type { Highs } from 'highs';
import type { LinearModel } from '../model';
import { BackendError, type BackendOptions, type BackendResult, type SolverBackend } from './solver-backend';

type HighsLoader = (options?: object) => Promise<Highs>;
type HighsModelData = Parameters<Highs['createModel']>[0] & { numCols: number };

/**
 * The model as HiGHS's structured data (rows as a compressed sparse row matrix, columns and rows in
 * model order): no LP text to write and parse, which cost more than the LP solve on a 150-school county.
 */
export function toHighsModel(highs: Pick<Highs, 'infinity'>, model: LinearModel, relax: boolean): HighsModelData {
  const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  const n = model.variables.length;
  const colCost = new Float64Array(n);
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n);
  const integrality = new Int32Array(n);
  model.variables.forEach((v, i) => {
    colCost[i] = v.cost;
    colLower[i] = inf(v.lb);
    colUpper[i] = inf(v.ub);
    integrality[i] = v.integer && !relax ? 1 : 0;
  });
  const m = model.constraints.length;
  const starts = new Int32Array(m + 1);
  let nz = 0;
  model.constraints.forEach((c, r) => {
    nz += c.vars.length;
    starts[r + 1] = nz;
  });
  const indices = new Int32Array(nz);
  const values = new Float64Array(nz);
  const rowLower = new Float64Array(m);
  const rowUpper = new Float64Array(m);
  model.constraints.forEach((c, r) => {
    indices.set(c.vars, starts[r]!);
    values.set(c.coefs, starts[r]!);
    rowLower[r] = inf(c.lb);
    rowUpper[r] = inf(c.ub);
  });
  return { numCols: n, numRows: m, colCost, colLower, colUpper, rowLower, rowUpper, integrality: integrality as never, matrix: { format: 'csr', numRows: m, numCols: n, starts, indices, values } };
}
const load = createRequire(__filename)('highs') as HighsLoader;

/**
 * HiGHS compiled to WebAssembly, fed the model as CPLEX LP text. One runtime per backend; every
 * model is disposed after its solve (Wasm memory is not garbage-collected), and the runtime is
 * reloaded after an error or every `reloadEvery` solves so that a long job cannot leak.
 */
export class HighsBackend implements SolverBackend {
  readonly name = 'highs' as const;
  private runtime: Promise<Highs> | null = null;
  private solves = 0;

  constructor(private readonly reloadEvery = 50) {}

  private highs(): Promise<Highs> {
    if (!this.runtime || this.solves >= this.reloadEvery) {
      this.runtime = load();
      this.solves = 0;
    }
    return this.runtime;
  }

  async solve(model: LinearModel, options: BackendOptions): Promise<BackendResult> {
    const started = performance.now();
    const highs = await this.highs();
    this.solves += 1;
    let m: ReturnType<Highs['createModel']> | null = null;
    try {
      m = highs.createModel(toHighsModel(highs, model, options.relax === true));
      m.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: options.mipGap } as never);
      if (options.start && !options.relax && options.start.length === model.variables.length) m.setSolution({ colValue: Float64Array.from(options.start) });
      m.run();
      const status = m.getModelStatus();
      const S = highs.constants.modelStatus;
      const isMip = !options.relax && model.variables.some((v) => v.integer);
      const seconds = (performance.now() - started) / 1000;
      if (status === S.infeasible || status === S.unboundedOrInfeasible) {
        return { status: 'INFEASIBLE', objective: null, bound: null, gap: null, values: null, duals: null, seconds };
      }
      const hasSolution = status === S.optimal || ((status === S.timeLimit || status === S.iterationLimit) && isMip && m.info.get('primal_solution_status' as never) === 2);
      if (!hasSolution) {
        return { status: status === S.timeLimit ? 'TIME_LIMIT' : 'ERROR', objective: null, bound: null, gap: null, values: null, duals: null, seconds, message: `HiGHS model status ${status}` };
      }
      const sol = m.getSolution();
      const values = this.inModelOrder(m, model, sol.colValue);
      const objective = m.getObjectiveValue();
      let bound: number | null = objective;
      let gap: number | null = 0;
      if (isMip) {
        bound = Number(m.info.get('mip_dual_bound' as never));
        gap = Number(m.info.get('mip_gap' as never));
        if (!Number.isFinite(gap)) gap = null;
      }
      const duals = !isMip && model.constraints.every((c) => c.lb === -Infinity || c.ub === Infinity || c.lb === c.ub) ? Float64Array.from(sol.rowDual) : null;
      return {
        status: status === S.optimal ? 'OPTIMAL' : 'TIME_LIMIT',
        objective,
        bound,
        gap,
        values,
        duals,
        seconds: (performance.now() - started) / 1000,
      };
    } catch (e) {
      this.runtime = null;
      if (e instanceof BackendError) throw e;
      return { status: 'ERROR', objective: null, bound: null, gap: null, values: null, duals: null, seconds: (performance.now() - started) / 1000, message: String(e) };
    } finally {
      m?.dispose();
    }
  }

  /** Columns are passed in model order; check that as many come back. */
  private inModelOrder(_m: unknown, model: LinearModel, colValue: Float64Array): Float64Array {
    const n = model.variables.length;
    if (colValue.length === n) return Float64Array.from(colValue);
    throw new BackendError(`HiGHS returned ${colValue.length} columns for a model of ${n}`);
  }
}
