import { generateDemoCity } from '@junheng/db';
import { solveCity, splitByCounty } from '@junheng/solver';
import { DEFAULT_SCENARIO, NATIONAL_STANDARD_SET } from '@junheng/domain';
const regions = splitByCounty(generateDemoCity({ counties: 8, schoolsPerCounty: 150, seed: 777, year: 2027 }));
for (const [label, over] of [['off', { allowPostTransfers: false, recalls: { kind: 'NONE' } }], ['on', {}]]) {
  const scenario = { ...DEFAULT_SCENARIO, countyCodes: regions[0].counties.map((c) => c.code), year: 2027, budgetCap: regions[0].budgets[0].amount, backend: 'highs', timeLimitSeconds: 60, mipGap: 0.005, ...over };
  const r = await solveCity({ regions, standardSet: NATIONAL_STANDARD_SET, scenario });
  const gaps = r.counties.map((c) => c.gap);
  const short = r.counties.reduce((a, c) => a + c.plan.shortfalls.reduce((b, s) => b + (s.gapTeachers ?? 0), 0), 0);
  console.log('city', label, `${(r.totalMs / 1000).toFixed(1)} s`, `max gap ${(Math.max(...gaps) * 100).toFixed(3)}%`, `gaps ${gaps.map((g) => (g * 100).toFixed(2)).join(' ')}`, `short ${short}`, `checks ${r.counties.every((c) => c.plan.check.passes)}`);
}
