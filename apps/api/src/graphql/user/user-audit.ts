import { AuditLogEntity, USER_AUDIT_ACTIONS, type UserEntity } from '@junheng/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { TokenService } from '../../auth/token.service';
import type { Viewer } from '../../auth/viewer';

export { USER_AUDIT_ACTIONS };
type UserAuditAction = (typeof USER_AUDIT_ACTIONS)[keyof typeof USER_AUDIT_ACTIONS];

/**
 * One audit row per change to a user, in the change's transaction. `target` is the username, `details`
 * carries the user id (revocations are restored from it) and what changed; never a password or its hash.
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

/**
 * At start: revokes again the tokens that deletions and role, region or password changes ended within
 * the token lifetime (revocations are otherwise kept in memory only). One statement.
 */
export async function restoreRevocations(db: DataSource, tokens: TokenService, ttlSeconds: number): Promise<number> {
  const rows: Array<{ user_id: number; at: Date }> = await db.query(
    `SELECT (details->>'userId')::int AS user_id, max(at) AS at FROM audit_log
      WHERE (action = $1 OR (action = $2 AND details->>'endsSessions' = 'true'))
        AND details ? 'userId' AND at > now() - make_interval(secs => $3)
      GROUP BY 1`,
    [USER_AUDIT_ACTIONS.delete, USER_AUDIT_ACTIONS.update, ttlSeconds],
  );
  for (const row of rows) tokens.revokeUser(Number(row.user_id), new Date(row.at));
  return rows.length;
}
