export const ROLES = ['VIEWER', 'PLANNER', 'HR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Teacher lists: everyone but VIEWER, who sees aggregates only. */
export function canListTeachers(role: Role): boolean {
  return role !== 'VIEWER';
}

/** Name, national ID and birth date of teachers: HR and ADMIN only. */
export function canSeePersonalData(role: Role): boolean {
  return role === 'HR' || role === 'ADMIN';
}
