import type { Role } from './role';

/** Who is asking: from a verified token, or the development bypass. */
export interface Viewer {
  /** Database id of the user; null for the development bypass. */
  userId: number | null;
  username: string;
  displayName: string;
  role: Role;
  /** A county or city code; null means every county (development bypass only). */
  regionCode: string | null;
  /** True when no token was presented and the development bypass applied. */
  devBypass: boolean;
  /** The token's session version (compared with the user row at every request); absent for the bypass. */
  sessionVersion?: number;
}
