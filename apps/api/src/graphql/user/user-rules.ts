import type { Role } from '../../auth/role';
import { badInput, selfLockout } from '../../errors/app-error';

// The account rules live in the db package, shared with the `junheng user` command line.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@junheng/db';

export interface StoredUser {
  displayName: string;
  role: Role;
  regionCode: string;
}

export interface UserChangeRequest {
  displayName?: string | null;
  role?: Role | null;
  regionCode?: string | null;
  password?: string | null;
}

export interface UserUpdatePlan {
  /** The columns to write (password aside). */
  set: Partial<StoredUser>;
  /** For the audit log: each changed field, before and after. */
  changed: { [K in keyof StoredUser]?: { from: StoredUser[K]; to: StoredUser[K] } };
  passwordReset: boolean;
  /** A new role, region or password: tokens issued before must stop working. */
  endsSessions: boolean;
}

/** A display name as stored: trimmed, never blank. */
export function cleanDisplayName(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badInput('displayName', 'displayName must not be blank');
  return trimmed;
}

/**
 * What an update changes. `self`: the administrator edits their own account, who may not give up the
 * ADMIN role (SELF_LOCKOUT). Null or omitted fields stay as they are.
 */
export function planUserUpdate(current: StoredUser, request: UserChangeRequest, self: boolean): UserUpdatePlan {
  const plan: UserUpdatePlan = { set: {}, changed: {}, passwordReset: false, endsSessions: false };
  if (request.displayName !== undefined && request.displayName !== null) {
    const displayName = cleanDisplayName(request.displayName);
    if (displayName !== current.displayName) {
      plan.set.displayName = displayName;
      plan.changed.displayName = { from: current.displayName, to: displayName };
    }
  }
  if (request.role !== undefined && request.role !== null && request.role !== current.role) {
    if (self && current.role === 'ADMIN') throw selfLockout('You cannot remove your own ADMIN role (不能取消自己的管理员角色)');
    plan.set.role = request.role;
    plan.changed.role = { from: current.role, to: request.role };
  }
  if (request.regionCode !== undefined && request.regionCode !== null && request.regionCode !== current.regionCode) {
    plan.set.regionCode = request.regionCode;
    plan.changed.regionCode = { from: current.regionCode, to: request.regionCode };
  }
  plan.passwordReset = request.password !== undefined && request.password !== null;
  plan.endsSessions = plan.passwordReset || plan.changed.role !== undefined || plan.changed.regionCode !== undefined;
  return plan;
}

/** An administrator may not delete their own account. */
export function assertNotSelfDelete(self: boolean): void {
  if (self) throw selfLockout('You cannot delete your own account (不能删除自己的账号)');
}
