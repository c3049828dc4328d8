import { describe, expect, it } from 'vitest';
import { generateDemoCity } from './demo-city';
import { generateDemoCounty } from './demo-county';
import { isValidIdNumber } from './national-id';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('generateDemoCity', () => {
  it('makes 8 distinct counties of one city with unique codes, deterministically', () => {
    const city = generateDemoCity({ seed: 5, schoolsPerCounty: 30 });
    expect(city.counties).toHaveLength(8);
    expect(new Set(city.counties.map((c) => c.code)).size).toBe(8);
    expect(city.counties.every((c) => c.cityCode === '431100' && c.cityName === '永州市')).toBe(true);
    expect(new Set(city.schools.map((s) => s.code)).size).toBe(city.schools.length);
    expect(new Set(city.teachers.map((t) => t.staffNo)).size).toBe(city.teachers.length);
    expect(city.costTables).toHaveLength(8);
    expect(generateDemoCity({ seed: 5, schoolsPerCounty: 30 })).toEqual(city);
  });

  it('scales: a default city has 5 to 12 typical counties', () => {
    const city = generateDemoCity();
    expect(city.counties).toHaveLength(8);
    expect(city.teachers.length).toBeGreaterThan(8 * 3_500);
  });

  it('gives every county its own code, beyond the 11 real ones too (25 and 40 counties)', () => {
    const city = generateDemoCity({ counties: 25, schoolsPerCounty: 20 });
    const codes = city.counties.map((c) => c.code);
    expect(codes).toHaveLength(25);
    expect(duplicates(codes)).toEqual([]);
    expect(codes.every((c) => /^4311\d\d$/.test(c))).toBe(true);
    // The real 祁阳市 once shared its code with the made-up county 21.
    expect(city.counties.filter((c) => c.code === '431181').map((c) => c.name)).toEqual(['祁阳市']);
    // Made-up counties up to the 20th keep the codes they always had.
    expect(city.counties.find((c) => c.name === '演示县12')?.code).toBe('431171');
    expect(city.counties.find((c) => c.name === '演示县21')?.code).toBe('431180');
    expect(duplicates(city.schools.map((s) => s.code))).toEqual([]);
    expect(duplicates(city.teachers.map((t) => t.staffNo))).toEqual([]);
    expect(duplicates(city.teachers.map((t) => t.idNumber))).toEqual([]);

    const largest = generateDemoCity({ counties: 40, schoolsPerCounty: 20 });
    expect(duplicates(largest.counties.map((c) => c.code))).toEqual([]);
    expect(() => generateDemoCity({ counties: 41 })).toThrow(RangeError);
  });

  it('never gives two teachers of a city the same national ID number (12 counties, about 60,000 teachers)', () => {
    const city = generateDemoCity({ counties: 12 });
    expect(city.teachers.length).toBeGreaterThan(50_000);
    expect(duplicates(city.teachers.map((t) => t.idNumber))).toEqual([]);
    expect(city.teachers.every((t) => isValidIdNumber(t.idNumber) && t.idNumber.slice(6, 14) === t.birthDate.replace(/-/g, ''))).toBe(true);
    expect(city.teachers.every((t) => Number(t.idNumber[16]) % 2 === (t.gender === 'M' ? 1 : 0))).toBe(true);
    // Still deterministic.
    expect(generateDemoCity({ counties: 12 }).teachers.map((t) => t.idNumber)).toEqual(city.teachers.map((t) => t.idNumber));
  });

  it('takes ID numbers already given into account when generating a county', () => {
    const alone = generateDemoCounty({ seed: 3, schools: 30 });
    const taken = new Set(alone.teachers.slice(0, 100).map((t) => t.idNumber));
    const size = taken.size;
    const again = generateDemoCounty({ seed: 3, schools: 30, usedIdNumbers: taken });
    expect(again.teachers.slice(0, 100).some((t, i) => t.idNumber !== alone.teachers[i]!.idNumber)).toBe(true);
    expect(again.teachers.every((t) => isValidIdNumber(t.idNumber))).toBe(true);
    expect(taken.size).toBe(size + again.teachers.length);
    // Only the ID numbers differ.
    expect(again.teachers.map(({ idNumber: _, ...rest }) => rest)).toEqual(alone.teachers.map(({ idNumber: _, ...rest }) => rest));
  });
});
