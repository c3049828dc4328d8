import {
  evaluateRegion, isEligibleForRotation, levelsOfKind, NATIONAL_STANDARD_SET, referenceDate, subjectGroupOf, distanceKm,
  type RegionData,
} from '@junheng/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR, generateDemoCounty } from './demo-county';
import { isValidIdNumber } from './national-id';

describe('generateDemoCounty', () => {
  let county: RegionData;
  beforeAll(() => {
    county = generateDemoCounty({ seed: 1 });
  });

  it('is deterministic: same seed, same data; another seed, other data', () => {
    expect(generateDemoCounty({ seed: 1 })).toEqual(county);
    const other = generateDemoCounty({ seed: 2 });
    expect(other.teachers.map((t) => t.name)).not.toEqual(county.teachers.map((t) => t.name));
  });

  it('has the size of a typical county', () => {
    const students = county.sections.reduce((n, s) => n + s.students, 0);
    expect(county.counties).toEqual([{ code: '431124', name: '道县', cityCode: '431100', cityName: '永州市' }]);
    expect(county.schools.length).toBeGreaterThanOrEqual(140);
    expect(county.schools.length).toBeLessThanOrEqual(160);
    expect(students).toBeGreaterThanOrEqual(70_000);
    expect(students).toBeLessThanOrEqual(95_000);
    expect(county.teachers.length).toBeGreaterThanOrEqual(5_000);
    expect(county.teachers.length).toBeLessThanOrEqual(8_000);
  });

  it('is consistent: unique codes, every teacher at a section of an existing school, levels allowed by the kind', () => {
    const schools = new Map(county.schools.map((s) => [s.code, s]));
    expect(schools.size).toBe(county.schools.length);
    expect(county.schools.every((s) => /^\d{10}$/.test(s.code))).toBe(true);
    expect(new Set(county.teachers.map((t) => t.staffNo)).size).toBe(county.teachers.length);
    expect(new Set(county.teachers.map((t) => t.idNumber)).size).toBe(county.teachers.length);
    const sectionKeys = new Set(county.sections.map((s) => `${s.schoolCode}:${s.level}`));
    for (const section of county.sections) {
      const school = schools.get(section.schoolCode);
      expect(school, section.schoolCode).toBeDefined();
      expect(levelsOfKind(school!.kind)).toContain(section.level);
      expect(section.classes56Plus).toBeLessThanOrEqual(section.classes);
      expect(section.classes66Plus).toBeLessThanOrEqual(section.classes56Plus);
    }
    for (const school of county.schools) {
      for (const level of levelsOfKind(school.kind)) expect(sectionKeys.has(`${school.code}:${level}`)).toBe(true);
    }
    for (const teacher of county.teachers) {
      expect(schools.has(teacher.schoolCode)).toBe(true);
      expect(sectionKeys.has(`${teacher.schoolCode}:${teacher.level}`)).toBe(true);
      for (const preferred of teacher.preferredSchools ?? []) expect(schools.has(preferred)).toBe(true);
    }
  });

  it('gives every teacher a valid ID number that matches birth date and gender', () => {
    for (const t of county.teachers) {
      expect(isValidIdNumber(t.idNumber), t.idNumber).toBe(true);
      expect(t.idNumber.slice(6, 14)).toBe(t.birthDate.replace(/-/g, ''));
      expect(Number(t.idNumber[16]) % 2 === 1).toBe(t.gender === 'M');
      expect(t.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
  });

  it('has the usual school names and kinds, around the county seat', () => {
    const names = county.schools.map((s) => s.name);
    expect(names).toContain('城关第一小学');
    expect(names.some((n) => /镇中心小学$/.test(n))).toBe(true);
    expect(names.some((n) => /镇中学$/.test(n))).toBe(true);
    expect(names.filter((n) => /村小学$/.test(n)).length).toBeGreaterThan(40);
    expect(names.filter((n) => /村教学点$/.test(n)).length).toBeGreaterThan(15);
    const kinds = new Set(county.schools.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['COMPLETE_SECONDARY', 'JUNIOR', 'NINE_YEAR', 'PRIMARY', 'SENIOR', 'TEACHING_POINT']);
    const seat = county.schools[0]!;
    for (const s of county.schools) expect(distanceKm(seat, s)).toBeLessThan(60);
  });

  it('has oversized urban classes, and shortfalls where the domain expects them', () => {
    const area = new Map(county.schools.map((s) => [s.code, s.area]));
    const urban = county.sections.filter((s) => area.get(s.schoolCode) === 'URBAN');
    expect(urban.filter((s) => s.classes56Plus > 0).length).toBeGreaterThanOrEqual(5);
    expect(urban.some((s) => s.classes66Plus > 0)).toBe(true);

    const evaluation = evaluateRegion(county, NATIONAL_STANDARD_SET);
    const failRate = (a: string, indicator: string) => {
      const sections = evaluation.sections.filter((s) => area.get(s.schoolCode) === a && s.level === 'PRIMARY');
      return sections.filter((s) => s.checks.some((c) => c.indicator === indicator && !c.passes)).length / sections.length;
    };
    expect(failRate('RURAL', 'Q1')).toBeGreaterThan(0.2); // village schools short of qualified teachers
    expect(failRate('RURAL', 'Q3')).toBeGreaterThan(0.6); // ... and of PE and arts teachers
    expect(failRate('URBAN', 'Q3')).toBeLessThan(0.5);
    expect(failRate('URBAN', 'R')).toBeGreaterThan(0.5); // seat schools short of teachers overall
    expect(failRate('URBAN', 'C')).toBeGreaterThan(0.5);

    const backboneShare = (a: string) => {
      const ts = county.teachers.filter((t) => area.get(t.schoolCode) === a);
      return ts.filter((t) => t.backbone !== 'NONE').length / ts.length;
    };
    expect(backboneShare('URBAN')).toBeGreaterThan(3 * backboneShare('RURAL'));
    expect(backboneShare('TOWN')).toBeGreaterThan(3 * backboneShare('RURAL'));

    const pe = county.teachers.filter((t) => subjectGroupOf(t.subject) === 'PE_ARTS').length;
    expect(pe / county.teachers.length).toBeGreaterThan(0.08);
  });

  it('has a realistic tenure spread: 20-35% eligible for rotation', () => {
    const eligible = county.teachers.filter((t) => isEligibleForRotation(t, referenceDate(DEMO_YEAR), NATIONAL_STANDARD_SET.rotation));
    const share = eligible.length / county.teachers.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.35);
    const women = county.teachers.filter((t) => t.gender === 'F').length / county.teachers.length;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.75);
    expect(county.teachers.some((t) => t.status === 'ON_LOAN')).toBe(true);
    expect(county.teachers.some((t) => t.status === 'LEAVE')).toBe(true);
  });

  it('has quotas with vacancies, facilities near the thresholds, budgets and a full cost table', () => {
    const staff = new Map<string, number>();
    for (const t of county.teachers) staff.set(t.schoolCode, (staff.get(t.schoolCode) ?? 0) + 1);
    const vacancies = county.schools.reduce((n, s) => n + Math.max(0, s.quota - (staff.get(s.code) ?? 0)), 0);
    expect(vacancies).toBeGreaterThan(50);
    expect(county.schools.some((s) => s.quota < (staff.get(s.code) ?? 0))).toBe(true);

    const evaluation = evaluateRegion(county, NATIONAL_STANDARD_SET);
    for (const f of ['F1', 'F2', 'F3', 'F4']) {
      const checks = evaluation.sections.flatMap((s) => s.checks.filter((c) => c.indicator === f && c.threshold !== null));
      const failing = checks.filter((c) => !c.passes).length;
      expect(failing, f).toBeGreaterThan(0);
      expect(failing, f).toBeLessThan(checks.length);
    }

    expect(county.budgets.map((b) => b.category)).toEqual(['人员经费', '交流轮岗补贴', '新增教师经费', '奖励基金', '基建']);
    expect(county.budgets.find((b) => b.category === '奖励基金')?.amount).toBe(10_000_000);
    const [table] = county.costTables;
    // 3 areas x 4 educations from 大专 up: recruitment asks for at least an associate degree.
    expect(table?.hire).toHaveLength(12);
    expect(table!.hire.some((h) => h.education === 'HIGH_SCHOOL' || h.education === 'SECONDARY_VOCATIONAL')).toBe(false);
    const hire = (area: string) => table!.hire.find((h) => h.area === area && h.education === 'BACHELOR')!.amount;
    expect(hire('RURAL')).toBeGreaterThan(hire('URBAN'));
    expect(table!.transport.map((t) => t.minKm)).toEqual([0, 10, 20, 30, 40]);
  });

  it('follows the options: code, name, size, year', () => {
    const small = generateDemoCounty({ seed: 3, code: '431199', name: '小县', schools: 40, year: 2026, cityCode: null, cityName: null });
    expect(small.counties).toEqual([{ code: '431199', name: '小县', cityCode: null, cityName: null }]);
    expect(small.schools).toHaveLength(40);
    expect(small.schools.every((s) => s.countyCode === '431199' && s.code.startsWith('2431199'))).toBe(true);
    expect(small.budgets.every((b) => b.year === 2026)).toBe(true);
    expect(() => generateDemoCounty({ schools: 5 })).toThrow(RangeError);
  });
});
