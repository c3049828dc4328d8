import { describe, expect, it } from 'vitest';
import { earmarksReleasedByRoster } from './post-earmarks';

describe('earmarksReleasedByRoster', () => {
  it('releases one earmark per new teacher at that school and level, up to those held', () => {
    const earmarked = [{ schoolCode: 'A', level: 'PRIMARY' as const, count: 2 }, { schoolCode: 'B', level: 'JUNIOR' as const, count: 1 }];
    const roster = [
      { staffNo: 'OLD1', schoolCode: 'A', level: 'PRIMARY' as const }, // was there before: releases nothing
      { staffNo: 'NEW1', schoolCode: 'A', level: 'PRIMARY' as const },
      { staffNo: 'NEW2', schoolCode: 'B', level: 'PRIMARY' as const }, // wrong level at B
      { staffNo: 'NEW3', schoolCode: 'B', level: 'JUNIOR' as const },
      { staffNo: 'NEW4', schoolCode: 'B', level: 'JUNIOR' as const }, // only 1 held at B/JUNIOR
    ];
    expect(earmarksReleasedByRoster(earmarked, new Set(['OLD1']), roster)).toEqual(new Map([['A:PRIMARY', 1], ['B:JUNIOR', 1]]));
  });
});
