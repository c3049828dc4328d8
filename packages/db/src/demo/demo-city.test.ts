import { describe, expect, it } from 'vitest';
import { generateDemoCity } from './demo-city';

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
});
