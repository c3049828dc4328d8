import type { RegionData } from '@junheng/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataFingerprint } from './data-fingerprint';
import { loadRegionData } from './region-data-reader';
import { RegionDataError, replaceRegionData } from './region-data-writer';
import { countyCodesOfRegion, dataVersions, listCounties } from './region-queries';
import { createTestDatabase, type TestDatabase } from './testing';
import { smallRegion } from './test-support/small-region';

const BOTH = ['431101', '431102'];

describe('region data in PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await replaceRegionData(db.dataSource, smallRegion());
  });

  it('give back exactly what was written', async () => {
    expect(await loadRegionData(db.dataSource, BOTH)).toEqual(smallRegion());
  });

  it('carry a rotating teacher\'s home school and term end, and refuse a home school outside the county', async () => {
    const data = smallRegion();
    // T001 of 甲县 teaches at 白马村小学 on rotation; its post stays at 城关第一小学.
    data.teachers[0] = { ...data.teachers[0]!, schoolCode: '2143110002', homeSchoolCode: '2143110001', rotationEnd: '2029-09-01' };
    await replaceRegionData(db.dataSource, data);
    const loaded = await loadRegionData(db.dataSource, BOTH);
    expect(loaded).toEqual(data);
    expect(loaded.teachers[0]).toMatchObject({ homeSchoolCode: '2143110001', rotationEnd: '2029-09-01' });
    // Not on rotation: the fields are left out rather than null.
    expect(loaded.teachers[1]).not.toHaveProperty('homeSchoolCode');
    const bad = smallRegion();
    bad.teachers[0] = { ...bad.teachers[0]!, homeSchoolCode: '2143110101' };
    await expect(replaceRegionData(db.dataSource, bad)).rejects.toThrow(/home school 2143110101 is unknown or in another county/);
  });

  it('carry a school\'s classrooms, a 新增教室 cost and a line\'s committed amount; classrooms change the fingerprint', async () => {
    const plain = await dataFingerprint(db.dataSource, '431101');
    const data = smallRegion();
    data.schools[0] = { ...data.schools[0]!, classrooms: 30 };
    data.costTables[0] = { ...data.costTables[0]!, classroom: 30_000 };
    await replaceRegionData(db.dataSource, data);
    await db.dataSource.query(`UPDATE budget_line SET committed = 400000.5 WHERE county_code = '431101' AND category = '交流轮岗补贴'`);
    const loaded = await loadRegionData(db.dataSource, BOTH);
    expect(loaded.schools[0]).toMatchObject({ classrooms: 30 });
    expect(loaded.schools[1]).not.toHaveProperty('classrooms');
    expect(loaded.costTables[0]).toMatchObject({ classroom: 30_000 });
    expect(loaded.budgets.find((b) => b.countyCode === '431101' && b.category === '交流轮岗补贴')).toMatchObject({ amount: 1_234_567.89, committed: 400_000.5 });
    const withRooms = await dataFingerprint(db.dataSource, '431101');
    expect(withRooms).not.toBe(plain);
    data.schools[0] = { ...data.schools[0]!, classrooms: 31 };
    await replaceRegionData(db.dataSource, data);
    expect(await dataFingerprint(db.dataSource, '431101')).not.toBe(withRooms);
    // Without any recorded classrooms the fingerprint is what it was before the column existed.
    await replaceRegionData(db.dataSource, smallRegion());
    expect(await dataFingerprint(db.dataSource, '431101')).toBe(plain);
    // An import keeps what applied plans committed; this test's commitment is not an applied plan's.
    await db.dataSource.query(`UPDATE budget_line SET committed = 0 WHERE county_code = '431101'`);
  });

  it('carry the 年级 and 入学预测 rows with their county, and replace them with it', async () => {
    const data = smallRegion();
    data.grades = [
      { schoolCode: '2143110002', level: 'JUNIOR', grade: 7, students: 40 },
      { schoolCode: '2143110002', level: 'JUNIOR', grade: 8, students: 30 },
      { schoolCode: '2143110002', level: 'JUNIOR', grade: 9, students: 20 },
      { schoolCode: '2143110101', level: 'SENIOR', grade: 10, students: 800 },
    ];
    data.intake = [
      { countyCode: '431101', schoolCode: '2143110001', township: null, level: 'PRIMARY', year: 2027, students: 230 },
      { countyCode: '431101', schoolCode: null, township: '白马镇', level: 'PRIMARY', year: 2027, students: 22 },
    ];
    await replaceRegionData(db.dataSource, data);
    expect(await loadRegionData(db.dataSource, BOTH)).toEqual(data);
    // Replacing 431101 alone drops its rows and keeps 431102's grade.
    const county = smallRegion();
    county.counties = county.counties.filter((c) => c.code === '431101');
    county.schools = county.schools.filter((x) => x.countyCode === '431101');
    county.sections = county.sections.filter((x) => x.schoolCode !== '2143110101');
    county.teachers = county.teachers.filter((x) => x.schoolCode !== '2143110101');
    county.budgets = county.budgets.filter((x) => x.countyCode === '431101');
    county.costTables = county.costTables.filter((x) => x.countyCode === '431101');
    await replaceRegionData(db.dataSource, county);
    const after = await loadRegionData(db.dataSource, BOTH);
    expect(after.grades).toEqual([{ schoolCode: '2143110101', level: 'SENIOR', grade: 10, students: 800 }]);
    expect(after).not.toHaveProperty('intake');
    const bad = smallRegion();
    bad.grades = [{ schoolCode: '9999999999', level: 'PRIMARY', grade: 1, students: 1 }];
    await expect(replaceRegionData(db.dataSource, bad)).rejects.toThrow(/grade 9999999999\/PRIMARY\/1: unknown school/);
  });

  it('replace one county without touching the other, and bump its data version', async () => {
    const before = await dataVersions(db.dataSource, ['431101', '431102', '431100']);
    const data = smallRegion();
    const county: RegionData = {
      counties: [data.counties[0]!],
      schools: data.schools.filter((s) => s.countyCode === '431101').map((s) => ({ ...s, name: `${s.name}（新）` })),
      sections: data.sections.filter((s) => s.schoolCode !== '2143110101'),
      teachers: data.teachers.filter((t) => t.schoolCode !== '2143110101').slice(0, 2),
      budgets: [], costTables: [],
    };
    const result = await replaceRegionData(db.dataSource, county);
    expect(result.counts).toMatchObject({ schools: 2, teachers: 2 });
    expect(await loadRegionData(db.dataSource, ['431101'])).toEqual(county);
    const other = await loadRegionData(db.dataSource, ['431102']);
    expect(other.teachers).toHaveLength(1);
    expect(other.budgets).toHaveLength(1);
    const after = await dataVersions(db.dataSource, ['431101', '431102', '431100']);
    expect(after.get('431101')).toBe(before.get('431101')! + 1);
    expect(result.dataVersions['431101']).toBe(after.get('431101'));
    expect(after.get('431102')).toBe(before.get('431102'));
    expect(after.get('431100')).toBe(before.get('431100')! + 1);
  });

  it('are replaced atomically: a failing insert leaves the previous data and version', async () => {
    const before = await dataVersions(db.dataSource, BOTH);
    const bad = smallRegion();
    bad.schools = bad.schools.map((s) => ({ ...s, name: `${s.name}（改）` }));
    bad.teachers[3] = { ...bad.teachers[3]!, gender: 'MALE' as never }; // varchar(1): the insert fails
    await expect(replaceRegionData(db.dataSource, bad)).rejects.toThrow();
    expect(await loadRegionData(db.dataSource, BOTH)).toEqual(smallRegion());
    expect(await dataVersions(db.dataSource, BOTH)).toEqual(before);
  });

  it('refuse rows that reference unknown schools or other counties', async () => {
    const bad = smallRegion();
    bad.teachers.push({ ...bad.teachers[0]!, staffNo: 'T999', schoolCode: '9999999999' });
    await expect(replaceRegionData(db.dataSource, bad, { countyCodes: ['431101'] })).rejects.toBeInstanceOf(RegionDataError);
    await expect(replaceRegionData(db.dataSource, bad, { countyCodes: ['431101'] })).rejects.toThrow(/unknown school 9999999999/);
  });

  it('list counties with their city, and resolve a city to its counties', async () => {
    const counties = await listCounties(db.dataSource);
    expect(counties.map(({ dataVersion: _v, ...c }) => c)).toEqual(smallRegion().counties);
    expect(counties.every((c) => c.dataVersion > 1)).toBe(true);
    expect(await countyCodesOfRegion(db.dataSource, '431100')).toEqual(BOTH);
    expect(await countyCodesOfRegion(db.dataSource, '431102')).toEqual(['431102']);
    expect(await countyCodesOfRegion(db.dataSource, '000000')).toEqual([]);
  });

  it('fingerprint what a plan depends on, and nothing else', async () => {
    const first = await dataFingerprint(db.dataSource, '431101');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await dataFingerprint(db.dataSource, '431101')).toBe(first);
    expect(await dataFingerprint(db.dataSource, '431102')).not.toBe(first);

    await db.dataSource.query("UPDATE teacher SET name = '改名' WHERE staff_no = 'T001'");
    expect(await dataFingerprint(db.dataSource, '431101')).toBe(first);

    await db.dataSource.query("UPDATE teacher SET status = 'LEAVE' WHERE staff_no = 'T001' AND county_code = '431101'");
    const moved = await dataFingerprint(db.dataSource, '431101');
    expect(moved).not.toBe(first);

    await db.dataSource.query("UPDATE staffing_quota SET posts = posts + 1 WHERE school_code = '2143110001'");
    const quota = await dataFingerprint(db.dataSource, '431101');
    expect(quota).not.toBe(moved);

    // Who holds a post (and until when) changes vacancies and eligibility.
    await db.dataSource.query("UPDATE teacher SET home_school_code = '2143110002' WHERE staff_no = 'T001' AND county_code = '431101'");
    const home = await dataFingerprint(db.dataSource, '431101');
    expect(home).not.toBe(quota);
    await db.dataSource.query("UPDATE teacher SET rotation_end = '2029-09-01' WHERE staff_no = 'T001' AND county_code = '431101'");
    expect(await dataFingerprint(db.dataSource, '431101')).not.toBe(home);
  });
});
