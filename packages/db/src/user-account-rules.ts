import type { UserRole } from './entities/user.entity';

/**
 * The rules of a user account, shared by the API's user administration and the `junheng user` command
 * line so that both accept and refuse the same names and passwords.
 */

/** 2-64 lowercase letters, digits, `.`, `_`, `-`, starting with a letter or digit (login is case-sensitive). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
export const USER_ROLES: readonly UserRole[] = ['ADMIN', 'HR', 'PLANNER', 'VIEWER'];

/** audit_log.action of user changes (the API restores revoked sessions from UPDATE_USER and DELETE_USER rows). */
export const USER_AUDIT_ACTIONS = { create: 'CREATE_USER', update: 'UPDATE_USER', delete: 'DELETE_USER' } as const;

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** What is wrong with a password, in Chinese and English, or null when it is acceptable. */
export function passwordProblem(password: string): { zh: string; en: string } | null {
  const length = [...password].length;
  if (length === 0) return { zh: '密码不能为空', en: 'the password must not be empty' };
  if (length < PASSWORD_MIN_LENGTH) {
    return { zh: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符（现为 ${length} 个）`, en: `the password must be at least ${PASSWORD_MIN_LENGTH} characters (got ${length})` };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { zh: `密码最多 ${PASSWORD_MAX_LENGTH} 个字符（现为 ${length} 个）`, en: `the password must be at most ${PASSWORD_MAX_LENGTH} characters (got ${length})` };
  }
  return null;
}

/** What is wrong with a username, in Chinese and English, or null when it is acceptable. */
export function usernameProblem(username: string): { zh: string; en: string } | null {
  if (USERNAME_PATTERN.test(username)) return null;
  return {
    zh: `用户名「${username}」无效：需 2-64 个小写字母、数字、「.」「_」「-」，以字母或数字开头`,
    en: `invalid username "${username}": 2-64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit`,
  };
}
