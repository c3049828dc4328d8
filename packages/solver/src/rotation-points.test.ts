import { NATIONAL_STANDARD_SET, type RegionData, type Teacher } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { solveRegion } from './solve-region';
import { region, school, section, staff, teacher } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/**
 * A county seat primary U (600 students, 40 teachers) and two village primaries short of R:
 * V, 8 km away (100 students, 4 teachers: 100 / 19 needs 6, short 2) and W, 5 km away (60 students,
 * 3 teachers: needs 4, short 1). Rotations (12,000 + 1,200 yuan) are far cheaper than rural hires, so
 * the plan rotates 3 qualified core teachers out of U. U has 8 eligible ones (E1..E8, all 语文 本科,
 * no backbone, so one teacher type); everyone else arrived in 2024. Which 3 go is the points rule's
 * choice, with the national defaults, at 2027-09-01:
 *
 *   teacher  at U since  born        title  hardship   years beyond 6   title  age         total
 *   E1       2013-09     1980-01-01  一级   照顾家庭   14-6 = 8         0      47: 0       8 - 5 = 3
 *   E2       2014-09     1985-01-01  高级   -          13-6 = 7         +1     42: 0       8
 *   E3       2017-09     1990-06-01  一级   -          10-6 = 4         0      37: +1      5
 *   E4       2016-09     1975-03-01  高级   -          11-6 = 5         +1     52: -2      4
 *   E5       2015-09     1984-01-01  二级   -          12-6 = 6         0      43: 0       6
 *   E6       2018-03     1992-01-01  高级   -           9-6 = 3         +1     35: +1      5
 *   E7       2019-09     1988-01-01  二级   -           8-6 = 2         0      39: +1      3
 *   E8       2021-09     1986-01-01  二级   -           6-6 = 0         0      41: 0       0
 *
 * Ranked: E2 (8), E5 (6), then E3 and E6 tie at 5: E3 has been at U longer (2017-09 before 2018-03),
 * so E3 is third and E6 stays. E1 would be first with 8 + 0 = 8 and the longest tenure (the old
 * longest-tenure-first order chose E1, E2, E5), but the documented hardship takes 5 off.
 *
 * Preferences: E3 and E1 state W as preferred school. E1 is not chosen (a preference never makes a
 * teacher rotate). E3 is: W has one place and is the nearest receiver, so taking teachers in points
 * order E2 would have taken it; preferences are served first, so E3 goes to W and E2, E5 to V.
 * The backbone share is set to 0 here (no backbone teacher is eligible).
 */
function county(): RegionData {
  const e = (staffNo: string, startedAtSchool: string, birthDate: string, title: string, over: Partial<Teacher> = {}) =>
    teacher(staffNo, 'U', { startedAtSchool, birthDate, title, ...over });
  const eligible = [
    e('E1', '2013-09', '1980-01-01', '一级', { hardships: ['FAMILY_CARE'], preferredSchools: ['W'] }),
    e('E2', '2014-09', '1985-01-01', '高级'),
    e('E3', '2017-09', '1990-06-01', '一级', { preferredSchools: ['W'] }),
    e('E4', '2016-09', '1975-03-01', '高级'),
    e('E5', '2015-09', '1984-01-01', '二级'),
    e('E6', '2018-03', '1992-01-01', '高级'),
    e('E7', '2019-09', '1988-01-01', '二级'),
    e('E8', '2021-09', '1986-01-01', '二级'),
  ];
  // U keeps what its own standards need: 6 county backbone PE teachers (Q2 600 x 1.0 / 100 = 6, Q3 5.4 -> 6).
  const others = staff('U', 'U', 32, (i) => (i < 6 ? { backbone: 'COUNTY', subject: '体育' } : {}));
  const villageStaff = (code: string, n: number) => staff(code, code, n, (i) => (i === 0 ? { backbone: 'COUNTY', subject: '美术' } : {}));
  return region(
    [school('U', 'URBAN', 0, 45), school('V', 'RURAL', 8, 6), school('W', 'RURAL', 5, 4)],
    [section('U', 600, 14), section('V', 100, 3), section('W', 60, 2)],
    [...eligible, ...others, ...villageStaff('V', 4), ...villageStaff('W', 3)],
  );
}

describe('who rotates follows the published points rule', () => {
  it('chooses exactly the teachers computed by hand, honours a preference, and carries each one\'s points', async () => {
    const data = county();
    const r = await solveRegion({
      region: data, standardSet: NATIONAL_STANDARD_SET,
      scenario: scenarioFor(data, { overrides: { rotation: { backboneShareOfRotating: 0 } } }),
    });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    expect(r.plan.hires).toEqual([]);
    const moves = r.plan.rotations.map((x) => [x.staffNo, x.toSchool, x.points?.total]).sort();
    expect(moves).toEqual([['E2', 'V', 8], ['E3', 'W', 5], ['E5', 'V', 6]]);
    const e3 = r.plan.rotations.find((x) => x.staffNo === 'E3')!;
    expect(e3.points!.parts).toEqual([
      { code: 'YEARS_AT_SCHOOL', label: '在校10年，超过6年的4年×1分', points: 4 },
      { code: 'BACKBONE', label: '非骨干', points: 0 },
      { code: 'TITLE', label: '职称：一级', points: 0 },
      { code: 'AGE', label: '年龄37岁（未满40岁）', points: 1 },
    ]);
  });

  it('without the hardship, E1 (8 points, longest at U) rotates and takes W, the school it prefers', async () => {
    const data = county();
    data.teachers = data.teachers.map((t) => (t.staffNo === 'E1' ? { ...t, hardships: [] } : t));
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { overrides: { rotation: { backboneShareOfRotating: 0 } } }) });
    // E1 and E2 tie at 8: E1 has been at U longer. Then E5 (6); E3 (5) no longer fits.
    expect(r.plan.rotations.map((x) => [x.staffNo, x.toSchool, x.points?.total]).sort()).toEqual([['E1', 'W', 8], ['E2', 'V', 8], ['E5', 'V', 6]]);
  });
});
