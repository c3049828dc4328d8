import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { RegionData, ScenarioParameters, StandardSet } from '@junheng/domain';
import { solveRegion, type SolveRegionOptions, type SolveResult } from './solve-region';

/** A county's result as it crosses a thread boundary (without the model). */
export type CountySolveResult = Omit<SolveResult, 'model' | 'lpDuals'>;

export interface CitySolveResult {
  counties: CountySolveResult[];
  totalMs: number;
  workers: number;
}

export interface SolveCityInput {
  /** One region per county, or one region holding several counties (split by the schools' county). */
  regions: RegionData[] | RegionData;
  standardSet: StandardSet;
  scenario: ScenarioParameters;
  /** Worker threads (default: available cores); 0 solves in this thread. */
  workers?: number;
  options?: Omit<SolveRegionOptions, 'backend'>;
}

export interface CountyJob {
  region: RegionData;
  standardSet: StandardSet;
  scenario: ScenarioParameters;
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

export async function solveCountyJob(job: CountyJob): Promise<CountySolveResult> {
  const { model: _model, lpDuals: _duals, ...rest } = await solveRegion(job);
  return rest;
}

const WORKER_FILE = join(__dirname, 'county-worker.js');

function runInWorker(job: CountyJob): Promise<CountySolveResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: job });
    worker.once('message', (m: { ok: true; result: CountySolveResult } | { ok: false; error: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    });
    worker.once('error', reject);
  });
}

/**
 * A city: every county is its own job (the county moves its teachers and owns its quotas), solved in
 * parallel worker threads (HiGHS in WebAssembly is single-threaded and synchronous). Without the
 * compiled worker (e.g. under a TypeScript test runner) the counties are solved in this thread.
 */
export async function solveCity(input: SolveCityInput): Promise<CitySolveResult> {
  const started = performance.now();
  const regions = Array.isArray(input.regions) ? input.regions : splitByCounty(input.regions);
  const jobs: CountyJob[] = regions.map((region) => ({
    region,
    standardSet: input.standardSet,
    scenario: { ...input.scenario, countyCodes: [...new Set(region.schools.map((s) => s.countyCode))] },
    options: input.options,
  }));
  const wanted = input.workers ?? availableParallelism();
  const workers = existsSync(WORKER_FILE) ? Math.min(wanted, jobs.length) : 0;
  const results: CountySolveResult[] = new Array(jobs.length);
  if (workers === 0) {
    for (let i = 0; i < jobs.length; i++) results[i] = await solveCountyJob(jobs[i]!);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < jobs.length) {
          const i = next++;
          results[i] = await runInWorker(jobs[i]!);
        }
      }),
    );
  }
  return { counties: results, totalMs: performance.now() - started, workers };
}
