import { generateDemoCity, generateDemoCounty } from '@junheng/db';
import { benchSolver, splitByCounty, type BenchSource } from '@junheng/solver';
import type { RegionData } from '@junheng/domain';

/**
 * `npm run bench:solver`: the solver benchmark on the product's own demo generator (counties of 60,
 * 150 and 400 schools, a city of 8 counties), both backends; see @junheng/solver benchSolver.
 */
const DEMO: BenchSource = {
  county: (schools, seed) => generateDemoCounty({ schools, seed, year: 2027 }),
  city: (counties, schoolsPerCounty, seed): RegionData[] => splitByCounty(generateDemoCity({ counties, schoolsPerCounty, seed, year: 2027 })),
};

benchSolver(DEMO).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
