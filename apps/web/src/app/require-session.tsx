import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/session-context';
import type { Permissions } from '../auth/permissions';
import { NoPermission } from '../ui/no-permission';

/**
 * Pages behind login; with `need`, pages a role may not open go back to the overview, or, with
 * `denied="result"`, say so in place (pages a role has no link to, such as the users page).
 */
export function RequireSession({ children, need, denied = 'overview' }: { children: ReactNode; need?: keyof Permissions; denied?: 'overview' | 'result' }) {
  const { session, permissions, notice } = useSession();
  const location = useLocation();
  if (!session || !permissions) {
    // After an expired session the same person logs in again and comes back here; after a logout the
    // next user (perhaps another role) starts at the overview.
    const state = notice === 'login.loggedOut' ? null : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  if (need && !permissions[need]) return denied === 'result' ? <NoPermission /> : <Navigate to="/" replace />;
  return <>{children}</>;
}
