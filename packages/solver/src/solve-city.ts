import type { RegionData, ScenarioParameters, StandardSet } from '@junheng/domain';
import { solveRegion, type SolveRegionOptions, type SolveResult } from './solve-region';

/** A county's result as it crosses a thread boundary (without the model). */
export type CountySolveResult = Omit<SolveResult, 'model' | 'lpDuals'>;

export interface CitySolveResult {
  counties: CountySolveResult[];
  totalMs: number;
  /** County jobs run at the same time (1: one after the other in this thread). */
  workers: number;
}

/** One county of a city as plain data: what a thread (or this one) needs to solve it. */
export interface CountyJob {
  region: RegionData;
  standardSet: StandardSet;
  scenario: ScenarioParameters;
  options?: Omit<SolveRegionOptions, 'backend'>;
}

/** Runs one county job somewhere (this thread, a worker thread, another process). */
export type CountyJobRunner = (job: CountyJob) => Promise<CountySolveResult>;

export interface SolveCityInput {
  /** One region per county, or one region holding several counties (split by the schools' county). */
  regions: RegionData[] | RegionData;
  standardSet: StandardSet;
  scenario: ScenarioParameters;
  /**
   * Where each county is solved: by default in this thread, one after the other. The jobs package runs
   * them in worker threads (`solveCityInThreads`); the solver itself starts no thread and reads no file.
   */
  runJob?: CountyJobRunner;
  /** County jobs in flight at once (default 1; more only makes sense with a runner that uses threads). */
  parallel?: number;
  options?: Omit<SolveRegionOptions, 'backend'>;
}

/** Splits a multi-county region into one region per county (each keeps its own cost table and budgets). */
export function splitByCounty(region: RegionData): RegionData[] {
  const codes = [...new Set(region.schools.map((s) => s.countyCode))].sort();
  return codes.map((code) => {
    const schools = region.schools.filter((s) => s.countyCode === code);
    const inCounty = new Set(schools.map((s) => s.code));
    return {
      counties: region.counties.filter((c) => c.code === code),
      schools,
      sections: region.sections.filter((s) => inCounty.has(s.schoolCode)),
      teachers: region.teachers.filter((t) => inCounty.has(t.schoolCode)),
      budgets: region.budgets.filter((b) => b.countyCode === code),
      costTables: region.costTables.filter((c) => c.countyCode === code),
    };
  });
}

/** Solves one county job and drops what cannot cross a thread boundary (the model, the duals). */
export async function solveCountyJob(job: CountyJob): Promise<CountySolveResult> {
  const { model: _model, lpDuals: _duals, ...rest } = await solveRegion(job);
  return rest;
}

/** The county jobs of a city: each county moves its own teachers and owns its quotas. */
export function cityJobs(input: Pick<SolveCityInput, 'regions' | 'standardSet' | 'scenario' | 'options'>): CountyJob[] {
  const regions = Array.isArray(input.regions) ? input.regions : splitByCounty(input.regions);
  return regions.map((region) => ({
    region,
    standardSet: input.standardSet,
    scenario: { ...input.scenario, countyCodes: [...new Set(region.schools.map((s) => s.countyCode))] },
    options: input.options,
  }));
}

/**
 * A city: every county is its own job, handed to `runJob` with at most `parallel` in flight (HiGHS in
 * WebAssembly is single-threaded and synchronous, so parallelism needs a runner with threads). The
 * biggest counties start first, so that a long one does not start last and hold up the city.
 */
export async function solveCity(input: SolveCityInput): Promise<CitySolveResult> {
  const started = performance.now();
  const jobs = cityJobs(input);
  const run = input.runJob ?? solveCountyJob;
  const parallel = Math.max(1, Math.min(input.parallel ?? 1, jobs.length));
  const order = jobs.map((job, i) => ({ i, size: job.region.teachers.length })).sort((a, b) => b.size - a.size || a.i - b.i);
  const results: CountySolveResult[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < order.length) {
        const { i } = order[next++]!;
        results[i] = await run(jobs[i]!);
      }
    }),
  );
  return { counties: results, totalMs: performance.now() - started, workers: parallel };
}
