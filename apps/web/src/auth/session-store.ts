import type { Role } from '../gql/graphql';

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
}

export interface Session {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'junheng.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Session>;
  return typeof v.token === 'string' && typeof v.expiresAt === 'string' && typeof v.user === 'object' && v.user !== null && typeof v.user.role === 'string';
}

/** The session kept in localStorage, so it survives a reload; null when missing, malformed or expired. */
export function readSession(now: Date = new Date()): Session | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isSession(parsed)) return null;
    if (Date.parse(parsed.expiresAt) <= now.getTime()) return null;
    return parsed;
  } catch {
    return null;
  }
}

/** True when a session is stored but its expiry has passed. */
export function storedSessionExpired(now: Date = new Date()): boolean {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return false;
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) && Date.parse(parsed.expiresAt) <= now.getTime();
  } catch {
    return false;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
}
