import { GRADES_OF_LEVEL, shareIntake, type GradeCount, type IntakeForecast, type School, type Section } from '@junheng/domain';
import type { Prng } from './prng';

/**
 * Yearly change of the cohorts by area, as births and migration run in a county around 2026: village
 * schools shrink (fewer births, families move to town), town schools hold, the county seat grows.
 */
const PRIMARY_TREND: Record<School['area'], [number, number]> = { RURAL: [-0.09, -0.04], TOWN: [-0.03, 0.01], URBAN: [0.0, 0.04] };

/**
 * 年级: each section's students spread over its grades, the younger grades smaller where the area
 * shrinks and larger where it grows (junior and senior cohorts still carry the larger birth years, so
 * they are largest in their first grade). Sums equal the section's students.
 */
export function demoGrades(rng: Prng, schools: readonly School[], sections: readonly Section[]): GradeCount[] {
  const area = new Map(schools.map((s) => [s.code, s.area]));
  const out: GradeCount[] = [];
  for (const section of sections) {
    const grades = GRADES_OF_LEVEL[section.level];
    const [lo, hi] = PRIMARY_TREND[area.get(section.schoolCode) ?? 'TOWN'];
    const trend = section.level === 'PRIMARY' ? rng.range(lo, hi) : section.level === 'JUNIOR' ? rng.range(0.0, 0.05) : rng.range(-0.02, 0.02);
    // Grade g's weight: (1 + trend) to the power of its distance from the top grade, so the first grade
    // is the newest cohort.
    const weights = grades.map((g, i) => ({ schoolCode: String(g), weight: Math.pow(1 + trend, grades.length - 1 - i) * rng.range(0.95, 1.05) }));
    const shares = shareIntake(section.students, weights);
    for (const g of grades) out.push({ schoolCode: section.schoolCode, level: section.level, grade: g, students: shares.get(String(g)) ?? 0 });
  }
  return out.sort((a, b) => (a.schoolCode < b.schoolCode ? -1 : a.schoolCode > b.schoolCode ? 1 : a.grade - b.grade));
}

/**
 * 入学预测 for the five years from `year`: the county seat's primary schools know their new housing
 * (first grades growing 6-12% a year), and the first rural township's village schools share a shrinking
 * forecast; every other school has none, so its intake repeats this year's first grade.
 */
export function demoIntake(rng: Prng, countyCode: string, year: number, schools: readonly School[], grades: readonly GradeCount[]): IntakeForecast[] {
  const firstGrade = new Map(grades.filter((g) => g.grade === 1).map((g) => [g.schoolCode, g.students]));
  const out: IntakeForecast[] = [];
  for (const school of schools) {
    if (school.area !== 'URBAN' || school.kind !== 'PRIMARY') continue;
    const growth = rng.range(0.06, 0.12);
    let intake = firstGrade.get(school.code) ?? 0;
    for (let k = 0; k < 5; k++) {
      intake = Math.round(intake * (1 + growth));
      out.push({ countyCode, schoolCode: school.code, township: null, level: 'PRIMARY', year: year + k, students: intake });
    }
  }
  const rural = schools.find((s) => s.area === 'RURAL' && (s.kind === 'PRIMARY' || s.kind === 'TEACHING_POINT'));
  if (rural) {
    const members = schools.filter((s) => s.township === rural.township && (s.kind === 'PRIMARY' || s.kind === 'TEACHING_POINT' || s.kind === 'NINE_YEAR'));
    let intake = members.reduce((n, s) => n + (firstGrade.get(s.code) ?? 0), 0);
    for (let k = 0; k < 5; k++) {
      intake = Math.round(intake * 0.92);
      out.push({ countyCode, schoolCode: null, township: rural.township, level: 'PRIMARY', year: year + k, students: intake });
    }
  }
  return out;
}
