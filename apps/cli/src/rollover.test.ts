import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRegionData } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import type { RegionData, Teacher } from '@junheng/domain';
import type { IndicatorsReport } from './indicators-report';
import { runBuiltCli } from './test-support/run-built-cli';

const [TOWN, VILLAGE] = ['4311240001', '4311240002'];
let serial = 0;
const teacher = (schoolCode: string, extra: Partial<Teacher> = {}): Teacher => {
  serial += 1;
  return {
    staffNo: `R${String(serial).padStart(3, '0')}`, name: `教师${serial}`, gender: 'F', birthDate: '1985-05-01', idNumber: `4311241985050100${serial}`,
    schoolCode, level: 'PRIMARY', subject: '语文', education: 'BACHELOR', title: '一级', certificate: true, backbone: 'NONE',
    startedAtSchool: '2016-09', status: 'ACTIVE', annualCost: 96_000, preferredSchools: [], homeTownship: null, ...extra,
  };
};

/**
 * A hand-made county of two primary schools.
 *   城关小学 (town): 400 students in 10 classes; 18 teachers teach there, 3 more of its teachers are out on
 *     rotation at the village school (2 terms end 2027-09-01, 1 ends 2028-09-01).
 *     Q1 = 18 x 100 / 400 = 4.5, R = 400 / 18 = 22.22…
 *   白马村小 (village): 100 students in 5 classes; 2 own teachers + the 3 visitors = 5.
 *     Q1 = 5 x 100 / 100 = 5, R = 100 / 5 = 20.
 * Rollover at 2027-09-01 sends the 2 whose terms ended home:
 *   town: 20 teachers, Q1 = 20 x 100 / 400 = 5, R = 400 / 20 = 20;
 *   village: 3 teachers, Q1 = 3 x 100 / 100 = 3, R = 100 / 3 = 33.33….
 */
function county(): RegionData {
  const facilities = { floorAreaM2: 3000, sportsAreaM2: 4000, equipmentYuan: 1_000_000, multimediaRooms: 12 };
  return {
    counties: [{ code: '431124', name: '道县' }],
    schools: [
      { code: TOWN, name: '城关小学', countyCode: '431124', township: '濂溪街道', kind: 'PRIMARY', area: 'URBAN', weak: false, lat: 25.53, lon: 111.6, quota: 22, facilities },
      { code: VILLAGE, name: '白马村小', countyCode: '431124', township: '白马镇', kind: 'PRIMARY', area: 'RURAL', weak: true, lat: 25.6, lon: 111.7, quota: 3, facilities },
    ],
    sections: [
      { schoolCode: TOWN, level: 'PRIMARY', students: 400, classes: 10, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: VILLAGE, level: 'PRIMARY', students: 100, classes: 5, classes56Plus: 0, classes66Plus: 0 },
    ],
    teachers: [
      ...Array.from({ length: 18 }, () => teacher(TOWN)),
      teacher(VILLAGE, { homeSchoolCode: TOWN, rotationEnd: '2027-09-01', name: '张老师' }),
      teacher(VILLAGE, { homeSchoolCode: TOWN, rotationEnd: '2027-09-01', name: '李老师' }),
      teacher(VILLAGE, { homeSchoolCode: TOWN, rotationEnd: '2028-09-01', name: '王老师' }),
      teacher(VILLAGE, { education: 'ASSOCIATE' }),
      teacher(VILLAGE, { education: 'ASSOCIATE' }),
    ],
    budgets: [],
    costTables: [],
  };
}

describe('junheng rollover (built CLI, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await replaceRegionData(db.dataSource, county());
  });
  afterAll(async () => {
    await db?.close();
  });
  const cli = (...args: string[]) => runBuiltCli(args, db.url);
  const indicators = async () => {
    const run = await cli('indicators', '--county', '431124', '--json');
    expect(run.code).toBe(0);
    return (JSON.parse(run.stdout) as IndicatorsReport).sections.map((s) => [s.schoolCode, s.teachers, s.indicators.qualifiedPer100, s.indicators.studentsPerTeacher]);
  };

  it('previews, then with --yes returns the teachers whose term ended; the indicators move back as computed by hand', async () => {
    expect(await indicators()).toEqual([[TOWN, 18, 4.5, 400 / 18], [VILLAGE, 5, 5, 20]]);

    const preview = await cli('rollover', '--county', '431124', '--year', '2027');
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('学年轮转预览');
    expect(preview.stdout).toContain('交流期满返回 / returning home: 2');
    expect(preview.stdout).toMatch(/张老师.*白马村小\s+城关小学\s+2027-09-01/);
    expect(preview.stdout).not.toContain('王老师');
    expect(await indicators()).toEqual([[TOWN, 18, 4.5, 400 / 18], [VILLAGE, 5, 5, 20]]);

    const done = await cli('rollover', '--county', '431124', '--year', '2027', '--yes');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('学年轮转已执行');
    expect(await indicators()).toEqual([[TOWN, 20, 5, 20], [VILLAGE, 3, 3, 100 / 3]]);
    const rows = await db.dataSource.query(`SELECT name, school_code, home_school_code, rotation_end FROM teacher WHERE name IN ('张老师', '王老师') ORDER BY name`);
    expect(rows).toEqual([
      { name: '张老师', school_code: TOWN, home_school_code: null, rotation_end: null },
      { name: '王老师', school_code: VILLAGE, home_school_code: TOWN, rotation_end: '2028-09-01' },
    ]);

    // Run again: nobody is due any more.
    const again = await cli('rollover', '--county', '431124', '--year', '2027', '--yes');
    expect(again.stdout).toContain('returning home: 0');
  });

  it('names an unknown county and changes nothing', async () => {
    const run = await cli('rollover', '--county', '999999', '--yes');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('未知的区县代码：999999');
  });
});
