import type { ScenarioEntity } from '@junheng/db';
import { describe, expect, it } from 'vitest';
import { toScenario } from './to-scenario';

function stored(overrides: unknown): ScenarioEntity {
  const at = new Date('2026-03-01T00:00:00Z');
  return {
    id: 's1', name: '2027 方案', countyCode: '431124', year: 2027, status: 'DRAFT', progress: null, error: null,
    parameters: { budgetCap: 1_000_000, overrides }, createdBy: 'planner', createdAt: at, updatedAt: at,
    noticeToken: null, publishedAt: null, noticeEndsAt: null, noticeWorkingDays: null,
  } as unknown as ScenarioEntity;
}

describe('toScenario', () => {
  it('shows a scenario saved with flat retirement ages (before the gradual rise) in today\'s shape, as flat ages', () => {
    const s = toScenario(stored({ rotation: { retirementAge: { M: 60 }, termYears: 2 } }));
    expect(JSON.parse(s.overrides!)).toEqual({ rotation: { termYears: 2, retirement: { M: { baseAge: 60, maxAge: 60 } } } });
  });

  it('keeps other overrides as stored, and lists a scenario whose stored overrides no longer validate', () => {
    expect(JSON.parse(toScenario(stored({ levels: { PRIMARY: { avgClassSizeMax: 40 } } })).overrides!)).toEqual({ levels: { PRIMARY: { avgClassSizeMax: 40 } } });
    expect(JSON.parse(toScenario(stored({ rotation: { retirementAge: { X: 60 } } })).overrides!)).toEqual({ rotation: { retirementAge: { X: 60 } } });
    expect(toScenario(stored(undefined)).overrides).toBeNull();
  });
});
