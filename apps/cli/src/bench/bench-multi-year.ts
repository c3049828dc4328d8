import { checkMultiYearPlan, NATIONAL_STANDARD_SET, type RegionData, type ScenarioParameters } from '@junheng/domain';
import { backendByName, solveMultiYear } from '@junheng/solver';

/** A multi-year row of the solver benchmark: wall time, peak RSS and peak heap, and each year in brief. */
export interface MultiYearBench {
  instance: string;
  totalMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  years: string[];
  totalCost: number;
  allChecksPass: boolean;
  /** The domain's multi-year checker (rotations, hires, retirements and costs carried year to year): ms and problems. */
  carryCheckMs: number;
  carryProblems: string[];
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Solves the county's plan over `years` years (HiGHS, the same cap every year) once and measures it. */
export async function benchMultiYear(region: RegionData, scenario: ScenarioParameters, years: number): Promise<MultiYearBench> {
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 100);
  try {
    const multi = { ...scenario, years, yearBudgetCaps: null };
    const r = await solveMultiYear({
      region, standardSet: NATIONAL_STANDARD_SET, scenario: multi,
      options: { backend: backendByName('highs') }, onYear: sample,
    });
    sample();
    const c0 = performance.now();
    const carry = checkMultiYearPlan(region, NATIONAL_STANDARD_SET, multi, r.plan, { plannedOn: r.regions });
    const carryCheckMs = performance.now() - c0;
    return {
      instance: `county ${region.schools.length} x ${years} years`,
      totalMs: r.totalMs,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: mib(peakHeap),
      years: r.plan.years.map((y) =>
        `${y.year} (${y.plan.status}): new ${Math.round(y.plan.cost.total)} + carried ${Math.round(y.carriedCost)} (cap ${y.budgetCap ?? '-'}), ${y.plan.rotations.length} rotations, ${y.plan.hires.reduce((a, h) => a + h.count, 0)} hires, ${y.retirements.length} retired, ${y.returning.length} back, ${y.shortfallTeachers} short, check ${y.plan.check.passes ? 'passes' : 'FAILS'}`),
      totalCost: r.plan.totalCost,
      allChecksPass: r.plan.years.every((y) => y.plan.check.passes),
      carryCheckMs,
      carryProblems: carry.problems.map((p) => `${p.year ?? '-'} ${p.code} ${p.message}`),
    };
  } finally {
    clearInterval(timer);
  }
}

export function printMultiYear(rows: MultiYearBench[]): void {
  for (const r of rows) {
    console.log(`${r.instance}: ${(r.totalMs / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb} MB, peak heap ${r.peakHeapMb} MB, total cost ${Math.round(r.totalCost)}${r.allChecksPass ? '' : ' CHECK FAILED'}`);
    for (const y of r.years) console.log(`  ${y}`);
    console.log(`  multi-year check (carry from year to year): ${r.carryProblems.length === 0 ? 'passes' : `FAILS (${r.carryProblems.length})`} in ${Math.round(r.carryCheckMs)} ms`);
    for (const p of r.carryProblems.slice(0, 10)) console.log(`    ${p}`);
  }
}
