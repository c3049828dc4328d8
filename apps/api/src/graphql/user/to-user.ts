import type { Viewer } from '../../auth/viewer';
import { toGlobalId } from '../relay/global-id';
import { User } from './user.type';

export function toUser(u: { id: number | null; username: string; displayName: string; role: User['role']; regionCode: string | null }): User {
  return Object.assign(new User(), {
    id: toGlobalId('User', u.id ?? `dev:${u.username}`),
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
  });
}

export function viewerAsUser(v: Viewer): User {
  return toUser({ id: v.userId, username: v.username, displayName: v.displayName, role: v.role, regionCode: v.regionCode });
}
