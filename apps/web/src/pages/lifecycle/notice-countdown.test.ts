import { describe, expect, it } from 'vitest';
import { countdown } from './notice-countdown';
import { todayInChina } from './record-objection-button';

describe('notice countdown', () => {
  it('counts days, hours, minutes and seconds down to the end, never below zero', () => {
    const now = Date.parse('2026-12-03T02:00:00Z');
    expect(countdown(Date.parse('2026-12-10T16:00:00Z'), now)).toBe('7d 14:00:00');
    expect(countdown(now + 61_000, now)).toBe('00:01:01');
    expect(countdown(now - 5_000, now)).toBe('00:00:00');
  });

  it('takes today in China time for the date an objection was received', () => {
    expect(todayInChina(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(todayInChina(new Date('2026-12-03T15:59:00Z'))).toBe('2026-12-03');
  });
});
