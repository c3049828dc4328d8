import { describe, expect, it } from 'vitest';
import { evaluateRegion } from './region-evaluation';
import { rollover } from './rollover';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { school, section, teacher, teachers } from './test-support/fixtures';

describe('rollover', () => {
  it('returns teachers whose term ended on or before the date to their home school', () => {
    const due = teacher({ schoolCode: 'R', homeSchoolCode: 'A', rotationEnd: '2027-09-01' });
    const later = teacher({ schoolCode: 'R', homeSchoolCode: 'A', rotationEnd: '2028-09-01' });
    const home = teacher({ schoolCode: 'A' });
    const stray = teacher({ schoolCode: 'A', rotationEnd: '2026-09-01' });
    const result = rollover({ teachers: [due, later, home, stray] }, '2027-09-01');
    expect(result.returns).toEqual([{ staffNo: due.staffNo, name: due.name, level: 'PRIMARY', subject: '语文', fromSchool: 'R', toSchool: 'A', rotationEnd: '2027-09-01' }]);
    expect(result.termsCleared).toEqual([stray.staffNo]);
    expect(result.region.teachers[0]).toMatchObject({ schoolCode: 'A', homeSchoolCode: null, rotationEnd: null });
    expect(result.region.teachers[1]).toBe(later);
    expect(result.region.teachers[2]).toBe(home);
    expect(due.schoolCode).toBe('R');
  });

  it('moves the indicators back as computed by hand', () => {
    // Town school A: 200 primary students, 9 qualified teachers at home + 1 out on rotation at R.
    //   before: Q1 = 9 / 200 * 100 = 4.5; after the return: 10 / 200 * 100 = 5.0.
    // Village school R: 100 primary students, 3 own qualified teachers + the visitor from A.
    //   before: Q1 = 4 / 100 * 100 = 4.0 (passes? no: < 4.2); after: 3 / 100 * 100 = 3.0, gap 2 teachers (3 + 2 = 5 >= 4.2).
    const region = {
      schools: [school('A', { quota: 10 }), school('R', { quota: 4, area: 'RURAL' })],
      sections: [section('A', 'PRIMARY', 200, 5), section('R', 'PRIMARY', 100, 3)],
      teachers: [
        ...teachers(9, { schoolCode: 'A', education: 'ASSOCIATE' }),
        teacher({ schoolCode: 'R', homeSchoolCode: 'A', rotationEnd: '2027-09-01', education: 'BACHELOR' }),
        ...teachers(3, { schoolCode: 'R', education: 'ASSOCIATE' }),
      ],
    };
    const q1 = (r: typeof region) => evaluateRegion(r, NATIONAL_STANDARD_SET).sections.map((s) => [s.schoolCode, s.indicators.qualifiedPer100, s.checks.find((c) => c.indicator === 'Q1')!.gapTeachers]);
    expect(q1(region)).toEqual([['A', 4.5, 0], ['R', 4, 1]]);
    const after = rollover(region, '2027-09-01').region;
    expect(q1(after)).toEqual([['A', 5, 0], ['R', 3, 2]]);
  });
});
