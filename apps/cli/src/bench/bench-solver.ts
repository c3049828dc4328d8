import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoCity, generateDemoCounty } from '@junheng/db';
import { DEFAULT_SCENARIO, NATIONAL_STANDARD_SET, type RegionData, type ScenarioParameters } from '@junheng/domain';
import { solveCityInThreads } from '@junheng/jobs';
import { benchMultiYear, printMultiYear, type MultiYearBench } from './bench-multi-year';
import { backendByName, buildModel, generateCity, generateCounty, solveRegion, splitByCounty, toLpFormat } from '@junheng/solver';

/**
 * `npm run bench:solver`: counties of 60, 150 and 400 schools and an 8-county city, both backends, 3 runs
 * each; prints model size, median build / solve / disaggregate / check times, objective, gap and peak
 * memory, and writes the LP file of the 150-school county to bench-out/. The data come from the product's
 * demo generator (packages/db, about 5,265 teachers for 150 schools); `BENCH_SOURCE=generated` uses the
 * solver's own generated counties instead. `BENCH_ONLY=60,150,city` limits the rows. The city's counties
 * are solved in worker threads (packages/jobs), one per core. Then the 3-year and 5-year plans of the
 * 150-school county (HiGHS, the same cap each year; `BENCH_ONLY=multi`), with wall time, peak RSS and heap.
 */
export interface BenchSource {
  county(schools: number, seed: number): RegionData;
  city(counties: number, schoolsPerCounty: number, seed: number): RegionData[];
}

const DEMO: BenchSource = {
  county: (schools, seed) => generateDemoCounty({ schools, seed, year: 2027 }),
  city: (counties, schoolsPerCounty, seed) => splitByCounty(generateDemoCity({ counties, schoolsPerCounty, seed, year: 2027 })),
};

const GENERATED: BenchSource = {
  county: (schools, seed) => generateCounty({ schools, seed }),
  city: (counties, perCounty, seed) => generateCity(counties, perCounty, seed),
};

function scenarioFor(region: RegionData, backend: 'highs' | 'jslp'): ScenarioParameters {
  const budget = region.budgets.reduce((a, b) => a + b.amount, 0);
  return { ...DEFAULT_SCENARIO, countyCodes: region.counties.map((c) => c.code), year: 2027, budgetCap: budget, backend, timeLimitSeconds: 60, mipGap: 0.005 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface Row {
  instance: string;
  backend: string;
  vars: string;
  rows: string;
  nz: string;
  build: number;
  solve: number;
  disagg: number;
  check: number;
  total: number;
  objective: string;
  gap: string;
  status: string;
  peakMb: number;
}

function fmt(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function print(rows: Row[]): void {
  const head = ['instance', 'backend', 'vars(int)', 'rows', 'nz', 'build', 'solve', 'disagg', 'check', 'total', 'objective', 'gap', 'status', 'peak MB'];
  const lines = rows.map((r) => [r.instance, r.backend, r.vars, r.rows, r.nz, fmt(r.build), fmt(r.solve), fmt(r.disagg), fmt(r.check), fmt(r.total), r.objective, r.gap, r.status, String(r.peakMb)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const l of lines) console.log(line(l));
}

async function benchCounty(source: BenchSource, schools: number, backend: 'highs' | 'jslp', runs: number, rows: Row[]): Promise<void> {
  const region = source.county(schools, 20270 + schools);
  const scenario = scenarioFor(region, backend);
  const times = { build: [] as number[], solve: [] as number[], disagg: [] as number[], check: [] as number[], total: [] as number[] };
  let last: Awaited<ReturnType<typeof solveRegion>> | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: backendByName(backend) } });
    times.build.push(r.timings.buildMs);
    times.solve.push(r.timings.solveMs);
    times.disagg.push(r.timings.disaggregateMs);
    times.check.push(r.timings.checkMs);
    times.total.push(r.timings.totalMs);
    last = r;
    if (r.timings.totalMs > 60_000) break;
  }
  const r = last!;
  rows.push({
    instance: `county ${schools} (${region.teachers.length} teachers)`,
    backend: `${backend}/${r.strategy}`,
    vars: `${r.stats.variables}(${r.stats.integerVariables})`,
    rows: String(r.stats.constraints),
    nz: String(r.stats.nonZeros),
    build: median(times.build),
    solve: median(times.solve),
    disagg: median(times.disagg),
    check: median(times.check),
    total: median(times.total),
    objective: r.objective === null ? '-' : r.objective.toExponential(6),
    gap: `${(r.gap * 100).toFixed(3)}%`,
    status: `${r.status}${r.plan.check.passes ? '' : ' CHECK FAILED'}`,
    peakMb: mb(),
  });
}

async function benchCity(source: BenchSource, backend: 'highs' | 'jslp', runs: number, rows: Row[]): Promise<void> {
  const regions = source.city(8, 150, 777);
  const scenario = { ...scenarioFor(regions[0]!, backend) };
  const totals: number[] = [];
  const per = { build: [] as number[], solve: [] as number[], disagg: [] as number[], check: [] as number[] };
  let last: Awaited<ReturnType<typeof solveCityInThreads>> | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await solveCityInThreads({ regions, standardSet: NATIONAL_STANDARD_SET, scenario: { ...scenario, budgetCap: regions[0]!.budgets[0]!.amount } });
    totals.push(r.totalMs);
    per.build.push(r.counties.reduce((a, c) => a + c.timings.buildMs, 0));
    per.solve.push(r.counties.reduce((a, c) => a + c.timings.solveMs, 0));
    per.disagg.push(r.counties.reduce((a, c) => a + c.timings.disaggregateMs, 0));
    per.check.push(r.counties.reduce((a, c) => a + c.timings.checkMs, 0));
    last = r;
    if (r.totalMs > 120_000) break;
  }
  const r = last!;
  const sum = (f: (c: (typeof r.counties)[number]) => number) => r.counties.reduce((a, c) => a + f(c), 0);
  rows.push({
    instance: `city 8x150 (${regions.reduce((a, g) => a + g.teachers.length, 0)} teachers, ${r.workers} workers; stage times summed)`,
    backend: `${backend}/${[...new Set(r.counties.map((c) => c.strategy))].join('+')}`,
    vars: `${sum((c) => c.stats.variables)}(${sum((c) => c.stats.integerVariables)})`,
    rows: String(sum((c) => c.stats.constraints)),
    nz: String(sum((c) => c.stats.nonZeros)),
    build: median(per.build),
    solve: median(per.solve),
    disagg: median(per.disagg),
    check: median(per.check),
    total: median(totals),
    objective: sum((c) => c.objective ?? 0).toExponential(6),
    gap: `${(Math.max(...r.counties.map((c) => c.gap)) * 100).toFixed(3)}% max`,
    status: [...new Set(r.counties.map((c) => c.status + (c.plan.check.passes ? '' : ' CHECK FAILED')))].join('+'),
    peakMb: mb(),
  });
}

/**
 * Largest county the benchmark hands to javascript-lp-solver. Since every allowed donor within the
 * distance limit is a candidate (not the nearest 10), the 150-school model has about 20,000 columns and
 * 214,000 non-zeros: javascript-lp-solver took over 20 minutes on it, so it is benchmarked at 60 only
 * (the `auto` backend hands it small models only).
 */
const JSLP_MAX_SCHOOLS = 60;

async function benchSolver(source: BenchSource, runs = 3): Promise<void> {
  const outDir = join(process.cwd(), 'bench-out');
  mkdirSync(outDir, { recursive: true });
  const c150 = source.county(150, 20270 + 150);
  const lpFile = join(outDir, 'county-150.lp');
  writeFileSync(lpFile, toLpFormat(buildModel(c150, NATIONAL_STANDARD_SET, scenarioFor(c150, 'highs'))));
  console.log(`LP file of the 150-school county: ${lpFile}`);
  const only = process.env.BENCH_ONLY?.split(',');
  const rows: Row[] = [];
  for (const schools of [60, 150, 400]) {
    for (const backend of ['highs', 'jslp'] as const) {
      if (only && !only.includes(`${schools}`)) continue;
      // javascript-lp-solver needs minutes (and over 1 GB) beyond about 150 schools: skip it there.
      if (backend === 'jslp' && schools > JSLP_MAX_SCHOOLS) {
        console.error(`skipping jslp at ${schools} schools (over ${JSLP_MAX_SCHOOLS}: over 20 minutes per solve in our measurement)`);
        continue;
      }
      await benchCounty(source, schools, backend, runs, rows);
      console.error(`done county ${schools} ${backend}`);
    }
  }
  for (const backend of ['highs', 'jslp'] as const) {
    if (only && !only.includes('city')) continue;
    if (backend === 'jslp' && 150 > JSLP_MAX_SCHOOLS) {
      console.error(`skipping jslp on the city (counties of 150 schools, over ${JSLP_MAX_SCHOOLS})`);
      continue;
    }
    await benchCity(source, backend, backend === 'jslp' ? 1 : runs, rows);
    console.error(`done city ${backend}`);
  }
  print(rows);
  const multi: MultiYearBench[] = [];
  for (const years of [3, 5]) {
    if (only && !only.includes('multi')) continue;
    multi.push(await benchMultiYear(c150, scenarioFor(c150, 'highs'), years));
    console.error(`done county 150 x ${years} years`);
  }
  printMultiYear(multi);
}

benchSolver(process.env.BENCH_SOURCE === 'generated' ? GENERATED : DEMO).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
