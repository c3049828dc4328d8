import { describe, expect, it } from 'vitest';
import { newScenarioValues, toParameters, yearCapsOf } from './scenario-form-values';
import { canApply, canRun, hasPlan, isActive } from './scenario-status';

describe('scenario status rules', () => {
  it('polls only queued and running scenarios', () => {
    expect(isActive('QUEUED')).toBe(true);
    expect(isActive('RUNNING')).toBe(true);
    expect(isActive('SOLVED')).toBe(false);
  });
  it('runs anything not running and not applied; applies solved plans only', () => {
    expect(canRun('DRAFT')).toBe(true);
    expect(canRun('STALE')).toBe(true);
    expect(canRun('APPLIED')).toBe(false);
    expect(canRun('RUNNING')).toBe(false);
    expect(canApply('CLOSED')).toBe(true);
    expect(canApply('SOLVED')).toBe(false);
    expect(canRun('PUBLISHED')).toBe(false);
    expect(canRun('REJECTED')).toBe(true);
    expect(hasPlan('PUBLISHED')).toBe(true);
    expect(canApply('STALE')).toBe(false);
    expect(hasPlan('APPLIED')).toBe(true);
    expect(hasPlan('DRAFT')).toBe(false);
  });
});

describe('toParameters', () => {
  it('trims the name, keeps an empty budget as no cap and empty lists as lists', () => {
    expect(
      toParameters({ ...newScenarioValues(2027), name: '  方案一 ', lockedStaffNos: ['431124000001'] }),
    ).toEqual({
      name: '方案一',
      year: 2027,
      budgetCap: null,
      years: 1,
      yearBudgetCaps: null,
      mode: 'BEST_WITHIN_BUDGET',
      target: 'ALL_CHECKS',
      directions: 'DEFAULT',
      distanceLimitKm: null,
      extraQuotaPerSchool: 0,
      allowBudgetOverrun: false,
      lockedStaffNos: ['431124000001'],
      excludedStaffNos: [],
      overrides: '',
      allowHiresBelowMinimum: false,
      levels: null,
      budgetCategories: null,
      allowPostTransfers: true,
      recalls: { kind: 'ALL', staffNos: null },
    });
  });

  it('sends the levers: post transfers off, and staff numbers only with listed recalls', () => {
    const base = { ...newScenarioValues(2027), name: '方案' };
    expect(toParameters({ ...base, allowPostTransfers: false, recallKind: 'LISTED', recallStaffNos: ['431124000007'] })).toMatchObject({
      allowPostTransfers: false, recalls: { kind: 'LISTED', staffNos: ['431124000007'] },
    });
    // Picks left behind by switching back to NONE are not sent (the API refuses staff numbers without LISTED).
    expect(toParameters({ ...base, recallKind: 'NONE', recallStaffNos: ['431124000007'] }).recalls).toEqual({ kind: 'NONE', staffNos: null });
  });

  it('sends chosen levels and budget lines, and none as null (every level; only the cap)', () => {
    const base = { ...newScenarioValues(2027), name: '方案' };
    expect(toParameters({ ...base, levels: ['PRIMARY', 'JUNIOR'], budgetCategories: ['新增教师经费'], allowHiresBelowMinimum: true })).toMatchObject({
      levels: ['PRIMARY', 'JUNIOR'], budgetCategories: ['新增教师经费'], allowHiresBelowMinimum: true,
    });
    expect(toParameters({ ...base, levels: [], budgetCategories: [] })).toMatchObject({ levels: null, budgetCategories: null });
  });

  it('sends standard-set changes as the JSON the API reads, and none as empty text (clears them)', () => {
    const base = { ...newScenarioValues(2027), name: '方案' };
    const changed = toParameters({ ...base, overrides: { levels: { PRIMARY: { avgClassSizeMax: 40 } } } });
    expect(JSON.parse(changed.overrides!)).toEqual({ levels: { PRIMARY: { avgClassSizeMax: 40 } } });
    expect(toParameters(base).overrides).toBe('');
  });

  it('sends one cap per year for several years, an empty year taking the yearly cap (or none), and no list for one year', () => {
    const base = { ...newScenarioValues(2027), name: '方案' };
    expect(toParameters({ ...base, years: 3, budgetCap: 500_000, yearBudgetCaps: [800_000, undefined, 1_000_000] })).toMatchObject({
      years: 3, budgetCap: 500_000, yearBudgetCaps: [800_000, 500_000, 1_000_000],
    });
    expect(yearCapsOf({ years: 2, budgetCap: null, yearBudgetCaps: [] })).toEqual([null, null]);
    // Caps typed for five years, then the years cut to two: only two are sent.
    expect(yearCapsOf({ years: 2, budgetCap: null, yearBudgetCaps: [1, 2, 3, 4, 5] })).toEqual([1, 2]);
    expect(toParameters({ ...base, years: 1, yearBudgetCaps: [800_000] })).toMatchObject({ years: 1, yearBudgetCaps: null });
  });
});
