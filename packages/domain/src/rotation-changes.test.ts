import { describe, expect, it } from 'vitest';
import type { PlanRotation } from './plan';
import { rotationChanges } from './rotation-changes';

const r = (staffNo: string, fromSchool: string, toSchool: string): PlanRotation =>
  ({ staffNo, fromSchool, toSchool, level: 'PRIMARY', reason: 'Q1', startDate: '2026-09-01', termYears: 3 });

describe('rotation changes', () => {
  it('lists exactly the rotations dropped, added or sent elsewhere', () => {
    const published = [r('T1', 'A', 'X'), r('T2', 'A', 'Y'), r('T3', 'B', 'X')];
    const now = [r('T2', 'A', 'Y'), r('T3', 'B', 'Z'), r('T4', 'A', 'X')];
    expect(rotationChanges(published, now)).toEqual([
      { change: 'REMOVED', staffNo: 'T1', before: { fromSchool: 'A', toSchool: 'X' }, after: null },
      { change: 'CHANGED', staffNo: 'T3', before: { fromSchool: 'B', toSchool: 'X' }, after: { fromSchool: 'B', toSchool: 'Z' } },
      { change: 'ADDED', staffNo: 'T4', before: null, after: { fromSchool: 'A', toSchool: 'X' } },
    ]);
    expect(rotationChanges(published, published)).toEqual([]);
  });
});
