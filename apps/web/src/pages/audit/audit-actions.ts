/** The audit actions the page names (others show as their code). */
export const AUDIT_ACTIONS = [
  'APPLY_PLAN',
  'APPLY_REFUSED_STALE',
  'APPLY_REFUSED_CONFLICT',
  'RECALL_FROM_LOAN',
  'IMPORT_ROSTER',
  'EXPORT_LIST',
  'SAVE_STANDARD_SET',
  'RESET_STANDARD_SET',
  'CREATE_USER',
  'UPDATE_USER',
  'DELETE_USER',
  'LOGIN_LOCKOUT',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}
