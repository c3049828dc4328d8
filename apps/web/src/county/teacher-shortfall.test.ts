import { describe, expect, it } from 'vitest';
import { teacherShortfall } from './teacher-shortfall';

describe('teacherShortfall', () => {
  it('sums the gaps of failing checks per indicator', () => {
    const schools = [
      { sections: [{ checks: [{ indicator: 'Q1' as const, passes: false, gapTeachers: 2 }, { indicator: 'R' as const, passes: true, gapTeachers: 0 }] }] },
      {
        sections: [
          { checks: [{ indicator: 'Q1' as const, passes: false, gapTeachers: 3 }, { indicator: 'C' as const, passes: false, gapTeachers: null }] },
          { checks: [{ indicator: 'Q3' as const, passes: false, gapTeachers: 1 }] },
        ],
      },
    ];
    const totals = teacherShortfall(schools);
    expect(totals.get('Q1')).toBe(5);
    expect(totals.get('Q3')).toBe(1);
    expect(totals.has('R')).toBe(false);
    expect(totals.has('C')).toBe(false);
  });
});
