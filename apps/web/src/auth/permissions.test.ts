import { describe, expect, it } from 'vitest';
import { permissionsFor } from './permissions';

describe('permissionsFor', () => {
  it('lets a viewer see indicators only', () => {
    expect(Object.values(permissionsFor('VIEWER')).every((v) => v === false)).toBe(true);
  });
  it('lets a planner edit and run, not apply or export, and not see personal data', () => {
    expect(permissionsFor('PLANNER')).toMatchObject({ editScenarios: true, applyPlans: false, exportLists: false, seePersonalData: false, seeTeachers: true });
  });
  it('lets HR apply and export and see personal data, not edit scenarios', () => {
    expect(permissionsFor('HR')).toMatchObject({ editScenarios: false, applyPlans: true, exportLists: true, seePersonalData: true });
  });
  it('lets only an admin manage standard sets', () => {
    expect((['VIEWER', 'PLANNER', 'HR', 'ADMIN'] as const).filter((r) => permissionsFor(r).manageStandards)).toEqual(['ADMIN']);
  });
  it('lets only an admin manage users', () => {
    expect((['VIEWER', 'PLANNER', 'HR'] as const).map((role) => permissionsFor(role).manageUsers)).toEqual([false, false, false]);
    expect(permissionsFor('ADMIN').manageUsers).toBe(true);
  });
  it('lets an admin do everything', () => {
    expect(Object.values(permissionsFor('ADMIN')).every(Boolean)).toBe(true);
  });
});
