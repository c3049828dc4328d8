import { describe, expect, it } from 'vitest';
import { failuresUnderTarget, sixOfSevenStaffTarget, teachersForShareOfThreshold } from './six-of-seven-target';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { evaluateSection } from './region-evaluation';

const PRIMARY = NATIONAL_STANDARD_SET.levels.PRIMARY;
const RULE = NATIONAL_STANDARD_SET.sixOfSeven;
const ample = { floorAreaM2: 1e6, sportsAreaM2: 1e6, equipmentYuan: 1e9, multimediaRooms: 1000 };
const section = { schoolCode: 'S', level: 'PRIMARY' as const, students: 1000, classes: 25, classes56Plus: 0, classes66Plus: 0 };

describe('six-of-seven target', () => {
  it('floors are the fewest teachers reaching 85% of the threshold, exactly', () => {
    // Q3 0.9 per 100 at 1000 students: 0.85 x 0.9 = 0.765 per 100 -> 7.65 -> 8 teachers (7 is 0.7).
    expect(teachersForShareOfThreshold(1000, 0.9, 0.85)).toBe(8);
    // Q1 4.2 at 100 students: 3.57 per 100 -> 3.57 -> 4 teachers. A threshold of 4.0 at 400 students: 3.4 per 100 -> 13.6 -> 14.
    expect(teachersForShareOfThreshold(100, 4.2, 0.85)).toBe(4);
    expect(teachersForShareOfThreshold(400, 4.0, 0.85)).toBe(14);
    // Exact at the boundary: 0.85 x 1.0 x 2000 / 100 = 17 exactly.
    expect(teachersForShareOfThreshold(2000, 1.0, 0.85)).toBe(17);
    expect(teachersForShareOfThreshold(0, 1.0, 0.85)).toBe(0);
  });

  it('one staffing indicator may fall short when every facility passes; none when one fails; all aimed at when facilities fail the rule', () => {
    const staff = { teachers: 53, qualified: 41, backbone: 10, peArts: 8 };
    const t = (facilities: typeof ample) => sixOfSevenStaffTarget({ section, staff, facilities, schoolStudents: 1000 }, PRIMARY, RULE);
    expect(t(ample)).toEqual({ judged: true, facilitiesFail: false, mayFallShort: 1, floors: { Q1: 36, Q2: 9, Q3: 8 } });
    // F2 7.5 m² a student: 7,000 m² for 1000 is 7.0 (93%): one of seven fails, no staffing one may.
    expect(t({ ...ample, sportsAreaM2: 7000 })).toMatchObject({ judged: true, facilitiesFail: false, mayFallShort: 0 });
    // 6,000 m² is 6.0 (80% < 85%): the rule cannot be met by staffing.
    expect(t({ ...ample, sportsAreaM2: 6000 })).toMatchObject({ judged: true, facilitiesFail: true, mayFallShort: 0 });
    expect(sixOfSevenStaffTarget({ section, staff, facilities: ample, schoolStudents: 1000 }, NATIONAL_STANDARD_SET.levels.SENIOR, RULE).judged).toBe(false);
  });

  it('failures under the target: a Q short within the rule counts only under ALL_CHECKS', () => {
    const e = evaluateSection(section, { teachers: 53, qualified: 41, backbone: 10, peArts: 9 }, ample, 1000, NATIONAL_STANDARD_SET);
    expect(e.sixOfSeven).toEqual({ meets: true, passing: 6, failing: ['Q1'] });
    expect(failuresUnderTarget(e, 'ALL_CHECKS')).toEqual(['Q1']);
    expect(failuresUnderTarget(e, 'SIX_OF_SEVEN')).toEqual([]);
    const worse = evaluateSection(section, { teachers: 53, qualified: 41, backbone: 10, peArts: 8 }, ample, 1000, NATIONAL_STANDARD_SET);
    expect(failuresUnderTarget(worse, 'SIX_OF_SEVEN')).toEqual(['Q1', 'Q3']);
  });
});
