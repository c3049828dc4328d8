import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/session-context';
import type { Permissions } from '../auth/permissions';

/** Pages behind login; with `need`, pages a role may not open go back to the overview. */
export function RequireSession({ children, need }: { children: ReactNode; need?: keyof Permissions }) {
  const { session, permissions } = useSession();
  const location = useLocation();
  if (!session || !permissions) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (need && !permissions[need]) return <Navigate to="/" replace />;
  return <>{children}</>;
}
