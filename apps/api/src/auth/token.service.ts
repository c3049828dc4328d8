// jose 6 is an ES module: loaded with import() from this CommonJS build.
type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });
let jose: Promise<Jose> | null = null;
const loadJose = (): Promise<Jose> => (jose ??= import('jose'));
import { unauthenticated } from '../errors/app-error';
import { isRole, type Role } from './role';
import type { Viewer } from './viewer';

const ISSUER = 'junheng-api';
const AUDIENCE = 'junheng';

export interface TokenSubject {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  /** The user row's `session_version` (default 0): a token of an older version is refused. */
  sessionVersion?: number;
}

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

/**
 * HS256 bearer tokens carrying the user's role, region and session version (`sv`). Whether the session
 * still holds is not decided here: every request checks the user row's session version in the database
 * (`SessionCheck`), so a user deleted or changed through any process, or from the command line, is
 * refused by every API process at its next request.
 */
export class TokenService {
  private readonly key: Uint8Array;
  /** Tokens already verified, until they expire: verifying HS256 through WebCrypto costs more than the answer from cache. */
  private readonly verified = new Map<string, { viewer: Viewer; exp: number }>();
  private static readonly MAX_VERIFIED = 10_000;

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(user: TokenSubject, now: Date = new Date()): Promise<SignedToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const { SignJWT } = await loadJose();
    const token = await new SignJWT({ username: user.username, name: user.displayName, role: user.role, region: user.regionCode, sv: user.sessionVersion ?? 0 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Forgets the verified tokens of a user (their next request verifies again; the database decides). */
  forgetUser(userId: number): void {
    for (const [token, entry] of this.verified) if (entry.viewer.userId === userId) this.verified.delete(token);
  }

  /** The viewer a token stands for; UNAUTHENTICATED when it is malformed, forged, expired or revoked. */
  async verify(token: string): Promise<Viewer> {
    const known = this.verified.get(token);
    if (known && known.exp * 1000 > Date.now()) {
      return known.viewer;
    }
    if (known) this.verified.delete(token);
    const { jwtVerify, errors: joseErrors } = await loadJose();
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      const id = Number(payload.sub);
      const { username, name, role, region, sv } = payload as Record<string, unknown>;
      if (!Number.isInteger(id) || typeof username !== 'string' || typeof region !== 'string' || !isRole(role)) {
        throw unauthenticated('Invalid token');
      }
      const sessionVersion = typeof sv === 'number' && Number.isInteger(sv) ? sv : 0;
      const viewer: Viewer = { userId: id, username, displayName: typeof name === 'string' ? name : username, role, regionCode: region, devBypass: false, sessionVersion };
      if (this.verified.size >= TokenService.MAX_VERIFIED) this.verified.clear();
      this.verified.set(token, { viewer, exp: payload.exp ?? 0 });
      return viewer;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Token expired');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('Invalid token');
      throw error;
    }
  }
}
