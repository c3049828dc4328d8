import { NATIONAL_STANDARD_SET, type RegionData, type ScenarioParameters } from '@junheng/domain';
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
    const r = await solveMultiYear({
      region, standardSet: NATIONAL_STANDARD_SET, scenario: { ...scenario, years, yearBudgetCaps: null },
      options: { backend: backendByName('highs') }, onYear: sample,
    });
    sample();
    return {
      instance: `county ${region.schools.length} x ${years} years`,
      totalMs: r.totalMs,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: mib(peakHeap),
      years: r.plan.years.map((y) =>
        `${y.year} (${y.plan.status}): new ${Math.round(y.plan.cost.total)} + carried ${Math.round(y.carriedCost)} (cap ${y.budgetCap ?? '-'}), ${y.plan.rotations.length} rotations, ${y.plan.hires.reduce((a, h) => a + h.count, 0)} hires, ${y.retirements.length} retired, ${y.returning.length} back, ${y.shortfallTeachers} short, check ${y.plan.check.passes ? 'passes' : 'FAILS'}`),
      totalCost: r.plan.totalCost,
      allChecksPass: r.plan.years.every((y) => y.plan.check.passes),
    };
  } finally {
    clearInterval(timer);
  }
}

export function printMultiYear(rows: MultiYearBench[]): void {
  for (const r of rows) {
    console.log(`${r.instance}: ${(r.totalMs / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb} MB, peak heap ${r.peakHeapMb} MB, total cost ${Math.round(r.totalCost)}${r.allChecksPass ? '' : ' CHECK FAILED'}`);
    for (const y of r.years) console.log(`  ${y}`);
  }
}
