import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, cstDateOf, isWorkingDay, noticeWindow, remainingWorkingDays } from './working-days';

const none = new Set<string>();
// 2026-10-01..07 is the National Day holiday; 2026-10-09 is a Friday.
const nationalDay = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);

describe('working days', () => {
  it('skips weekends: 5 working days after Thursday 2026-12-03 is Thursday 2026-12-10', () => {
    expect(isWorkingDay('2026-12-05', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-07', none)).toBe(true); // Monday
    expect(addWorkingDays('2026-12-03', 5, none)).toBe('2026-12-10');
    expect(addWorkingDays('2026-12-03', 0, none)).toBe('2026-12-03');
    expect(addWorkingDays('2026-12-04', 1, none)).toBe('2026-12-07'); // Friday + 1 = Monday
  });

  it('skips the region\'s holidays', () => {
    // Published Wednesday 2026-09-30: the 1st is a holiday, the 3rd/4th a weekend, 5-7 holidays.
    expect(addWorkingDays('2026-09-30', 1, nationalDay)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 2, nationalDay)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 2, none)).toBe('2026-10-02');
    expect(countWorkingDays('2026-09-28', '2026-10-11', nationalDay)).toBe(5);
  });

  it('rejects bad dates and negative counts', () => {
    expect(() => addWorkingDays('2026-02-30', 1, none)).toThrow(/Not a date/);
    expect(() => addWorkingDays('2026-12-03', -1, none)).toThrow(/whole number/);
  });

  it('a window ends at 24:00 China time of its last working day', () => {
    // 2026-12-03 10:00 CST = 02:00 UTC.
    const w = noticeWindow(new Date('2026-12-03T02:00:00Z'), 5, none);
    expect(w.endsAt.toISOString()).toBe('2026-12-10T16:00:00.000Z'); // 2026-12-11 00:00 CST
    expect(cstDateOf(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(remainingWorkingDays(w, new Date('2026-12-03T03:00:00Z'), none)).toBe(5);
    expect(remainingWorkingDays(w, new Date('2026-12-05T03:00:00Z'), none)).toBe(4); // Saturday: Mon..Thu
    expect(remainingWorkingDays(w, new Date('2026-12-10T15:59:00Z'), none)).toBe(1);
    expect(remainingWorkingDays(w, new Date('2026-12-10T16:00:00Z'), none)).toBe(0);
  });

  it('a window of 0 working days has ended when it is published', () => {
    const at = new Date('2026-12-03T02:00:00Z');
    const w = noticeWindow(at, 0, none);
    expect(w.endsAt.getTime()).toBe(at.getTime());
    expect(remainingWorkingDays(w, at, none)).toBe(0);
  });
});
