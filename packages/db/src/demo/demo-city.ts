import type { RegionData } from '@junheng/domain';
import { DEMO_CITY_CODE, DEMO_CITY_NAME, DEMO_YEAR, generateDemoCounty } from './demo-county';
import { offset } from './demo-layout';
import { Prng } from './prng';

/** The counties of 永州市 (Yongzhou), then made-up ones when more are asked for. */
const CITY_COUNTIES: ReadonlyArray<readonly [string, string]> = [
  ['431124', '道县'], ['431102', '零陵区'], ['431103', '冷水滩区'], ['431122', '东安县'], ['431123', '双牌县'],
  ['431125', '江永县'], ['431126', '宁远县'], ['431127', '蓝山县'], ['431128', '新田县'], ['431129', '江华瑶族自治县'],
  ['431181', '祁阳市'],
];

const MAX_COUNTIES = 40;

/**
 * Codes of the made-up counties: 4311NN from 71 upward, then from 30, never a real county's code (祁阳市
 * is 431181, which the made-up county 21 used to get as well).
 */
const MADE_UP_CODES: readonly string[] = (() => {
  const real = new Set(CITY_COUNTIES.map(([code]) => code));
  const numbers = [...Array.from({ length: 29 }, (_, k) => 71 + k), ...Array.from({ length: 41 }, (_, k) => 30 + k)];
  return numbers.map((n) => `4311${n}`).filter((code) => !real.has(code)).slice(0, MAX_COUNTIES - CITY_COUNTIES.length);
})();

/** The code and name of the i-th county of the demo city (0-based): distinct for every i below MAX_COUNTIES. */
function demoCityCounty(i: number): readonly [string, string] {
  return CITY_COUNTIES[i] ?? [MADE_UP_CODES[i - CITY_COUNTIES.length]!, `演示县${i + 1}`];
}

export interface DemoCityOptions {
  seed?: number | string;
  /** Number of counties (default 8, at most 40). */
  counties?: number;
  /** Schools per county; default varies by county (110 to 190). 290 gives about 100,000 teachers for 8 counties. */
  schoolsPerCounty?: number;
  year?: number;
}

/** A city (永州市, code 431100) of several demo counties, for scale tests and city-wide planning. */
export function generateDemoCity(options: DemoCityOptions = {}): RegionData {
  const count = options.counties ?? 8;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNTIES) throw new RangeError(`counties must be an integer from 1 to ${MAX_COUNTIES}: ${count}`);
  const rng = new Prng(`junheng-demo-city:${DEMO_CITY_CODE}:${String(options.seed ?? 1)}`);
  const center = { lat: 25.9, lon: 111.6 };
  const out: RegionData = { counties: [], schools: [], sections: [], teachers: [], budgets: [], costTables: [] };
  // Teachers born elsewhere carry another county's region code (e.g. 431102 零陵区), so ID numbers are kept
  // unique across the whole city, not only within each county.
  const usedIdNumbers = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [code, name] = demoCityCounty(i);
    const seat = i === 0 ? { lat: 25.52, lon: 111.59 } : offset(center.lat, center.lon, rng.range(40, 110), (2 * Math.PI * i) / count);
    const county = generateDemoCounty({
      seed: `${String(options.seed ?? 1)}:${code}`,
      code, name, year: options.year ?? DEMO_YEAR,
      schools: options.schoolsPerCounty ?? rng.int(110, 190),
      cityCode: DEMO_CITY_CODE, cityName: DEMO_CITY_NAME, center: seat, usedIdNumbers,
    });
    out.counties.push(...county.counties);
    out.schools.push(...county.schools);
    out.sections.push(...county.sections);
    out.teachers.push(...county.teachers);
    out.budgets.push(...county.budgets);
    out.costTables.push(...county.costTables);
    out.grades = [...(out.grades ?? []), ...(county.grades ?? [])];
    out.intake = [...(out.intake ?? []), ...(county.intake ?? [])];
  }
  // Canonical order (as loadRegionData returns it): schools, teachers and budgets by county code.
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  out.counties.sort(byCode);
  out.schools.sort(byCode);
  const rank = new Map(out.schools.map((s, i) => [s.code, i]));
  out.sections.sort((a, b) => rank.get(a.schoolCode)! - rank.get(b.schoolCode)! || levelRank(a.level) - levelRank(b.level));
  out.teachers.sort((a, b) => (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0));
  out.budgets.sort((a, b) => (a.countyCode < b.countyCode ? -1 : a.countyCode > b.countyCode ? 1 : 0));
  out.costTables.sort((a, b) => (a.countyCode < b.countyCode ? -1 : a.countyCode > b.countyCode ? 1 : 0));
  out.grades?.sort((a, b) => (a.schoolCode < b.schoolCode ? -1 : a.schoolCode > b.schoolCode ? 1 : a.grade - b.grade));
  // Stable: each county's forecasts keep their order (as they are read back, by county then row).
  out.intake?.sort((a, b) => (a.countyCode < b.countyCode ? -1 : a.countyCode > b.countyCode ? 1 : 0));
  return out;
}

const levelRank = (level: string) => ['PRIMARY', 'JUNIOR', 'SENIOR'].indexOf(level);
