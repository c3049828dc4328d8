import { AuditLogEntity, USER_AUDIT_ACTIONS, type UserEntity } from '@junheng/db';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';

export { USER_AUDIT_ACTIONS };
type UserAuditAction = (typeof USER_AUDIT_ACTIONS)[keyof typeof USER_AUDIT_ACTIONS];

/**
 * One audit row per change to a user, in the change's transaction. `target` is the username, `details`
 * carries the user id and what changed; never a password or its hash.
 */
export async function writeUserAudit(
  manager: EntityManager,
  viewer: Viewer,
  action: UserAuditAction,
  user: Pick<UserEntity, 'id' | 'username' | 'regionCode'>,
  details: Record<string, unknown>,
): Promise<void> {
  await manager.insert(AuditLogEntity, {
    username: viewer.username,
    action,
    countyCode: user.regionCode,
    target: user.username,
    details: { userId: user.id, ...details },
  });
}
