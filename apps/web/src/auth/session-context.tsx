import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { permissionsFor, type Permissions } from './permissions';
import { clearSession, readSession, storedSessionExpired, writeSession, type Session } from './session-store';

interface SessionState {
  session: Session | null;
  permissions: Permissions | null;
  /** Why the user was sent back to the login page (expired token, logout), shown there once. */
  notice: MessageKey | null;
  signIn: (session: Session) => void;
  signOut: (notice?: MessageKey) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => readSession());
  const [notice, setNotice] = useState<MessageKey | null>(() => (storedSessionExpired() ? 'login.expired' : null));
  const signIn = useCallback((next: Session) => {
    writeSession(next);
    setNotice(null);
    setSession(next);
  }, []);
  const signOut = useCallback((why?: MessageKey) => {
    clearSession();
    setNotice(why ?? null);
    setSession(null);
  }, []);
  const value = useMemo<SessionState>(
    () => ({ session, permissions: session ? permissionsFor(session.user.role) : null, notice, signIn, signOut }),
    [session, notice, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user's session and permissions (inside the authenticated layout only). */
export function useSignedIn(): { session: Session; permissions: Permissions } {
  const { session, permissions } = useSession();
  if (!session || !permissions) throw new Error('useSignedIn without a session');
  return { session, permissions };
}
