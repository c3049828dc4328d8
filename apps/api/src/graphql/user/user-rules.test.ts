import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { assertNotSelfDelete, planUserUpdate, USERNAME_PATTERN } from './user-rules';

const admin = { displayName: '管理员', role: 'ADMIN' as const, regionCode: '431101' };

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (e) {
    return e instanceof AppError ? `${e.code}${e.field ? `:${e.field}` : ''}` : 'other';
  }
}

describe('usernames', () => {
  it('take lowercase letters, digits, dot, underscore and hyphen', () => {
    for (const ok of ['ab', 'zhang.san', 'hr_431101', 'a-1', '9x']) expect(USERNAME_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['a', 'Zhang', '张三', '.ab', 'a b', 'a'.repeat(65), '']) expect(USERNAME_PATTERN.test(bad), bad).toBe(false);
  });
});

describe('planUserUpdate', () => {
  it('records what changes and whether sessions end', () => {
    const plan = planUserUpdate(admin, { displayName: ' 新名字 ', role: 'HR', regionCode: null, password: undefined }, false);
    expect(plan.set).toEqual({ displayName: '新名字', role: 'HR' });
    expect(plan.changed).toEqual({ displayName: { from: '管理员', to: '新名字' }, role: { from: 'ADMIN', to: 'HR' } });
    expect(plan.endsSessions).toBe(true);
    expect(planUserUpdate(admin, { displayName: '别名' }, false).endsSessions).toBe(false);
    expect(planUserUpdate(admin, { password: 'new-password' }, false)).toMatchObject({ set: {}, passwordReset: true, endsSessions: true });
    expect(planUserUpdate(admin, { regionCode: '431101', role: 'ADMIN' }, true)).toMatchObject({ set: {}, changed: {}, endsSessions: false });
  });

  it('refuses a blank display name, naming the field', () => {
    expect(codeOf(() => planUserUpdate(admin, { displayName: '   ' }, false))).toBe('BAD_USER_INPUT:displayName');
  });

  it('keeps an administrator from dropping their own ADMIN role or deleting themselves', () => {
    expect(codeOf(() => planUserUpdate(admin, { role: 'PLANNER' }, true))).toBe('SELF_LOCKOUT');
    expect(codeOf(() => planUserUpdate(admin, { role: 'PLANNER' }, false))).toBeNull();
    expect(codeOf(() => assertNotSelfDelete(true))).toBe('SELF_LOCKOUT');
    expect(codeOf(() => assertNotSelfDelete(false))).toBeNull();
  });
});
