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
}

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

/**
 * HS256 bearer tokens carrying the user's role and region. A token is trusted without reading the user
 * row (requests cost no statement for it), so deleting a user or changing their role, region or password
 * must call `revokeUser`: every token of that user issued before then is refused from that moment on.
 * Revocations live in this process and are restored at start from the audit log (`restoreRevocations`);
 * a second API process would not hear of another's revocations until it restarts.
 */
export class TokenService {
  private readonly key: Uint8Array;
  /** Tokens already verified, until they expire: verifying HS256 through WebCrypto costs more than the answer from cache. */
  private readonly verified = new Map<string, { viewer: Viewer; exp: number; issuedMs: number }>();
  private static readonly MAX_VERIFIED = 10_000;
  /** User id -> time (ms) before which that user's tokens are refused. */
  private readonly revoked = new Map<number, number>();

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(user: TokenSubject, now: Date = new Date()): Promise<SignedToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const { SignJWT } = await loadJose();
    // `ims`: the issue time in milliseconds (`iat` has whole seconds), so a login just after a revocation counts as after it.
    const token = await new SignJWT({ username: user.username, name: user.displayName, role: user.role, region: user.regionCode, ims: now.getTime() })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Refuses, from now on, every token of the user issued before `at` (deleted user, new role, region or password). */
  revokeUser(userId: number, at: Date = new Date()): void {
    const atMs = at.getTime();
    const before = this.revoked.get(userId);
    if (before === undefined || before < atMs) this.revoked.set(userId, atMs);
    for (const [token, entry] of this.verified) if (entry.viewer.userId === userId && entry.issuedMs < atMs) this.verified.delete(token);
    // Revocations older than the token lifetime concern only expired tokens.
    const oldest = Date.now() - this.ttlSeconds * 1000;
    for (const [id, ms] of this.revoked) if (ms < oldest) this.revoked.delete(id);
  }

  private refuseRevoked(viewer: Viewer, issuedMs: number): void {
    const before = viewer.userId === null ? undefined : this.revoked.get(viewer.userId);
    if (before !== undefined && issuedMs < before) throw unauthenticated('Session ended: sign in again');
  }

  /** The viewer a token stands for; UNAUTHENTICATED when it is malformed, forged, expired or revoked. */
  async verify(token: string): Promise<Viewer> {
    const known = this.verified.get(token);
    if (known && known.exp * 1000 > Date.now()) {
      this.refuseRevoked(known.viewer, known.issuedMs);
      return known.viewer;
    }
    if (known) this.verified.delete(token);
    const { jwtVerify, errors: joseErrors } = await loadJose();
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      const id = Number(payload.sub);
      const { username, name, role, region, ims } = payload as Record<string, unknown>;
      if (!Number.isInteger(id) || typeof username !== 'string' || typeof region !== 'string' || !isRole(role)) {
        throw unauthenticated('Invalid token');
      }
      const viewer: Viewer = { userId: id, username, displayName: typeof name === 'string' ? name : username, role, regionCode: region, devBypass: false };
      const issuedMs = typeof ims === 'number' && Number.isFinite(ims) ? ims : (payload.iat ?? 0) * 1000;
      this.refuseRevoked(viewer, issuedMs);
      if (this.verified.size >= TokenService.MAX_VERIFIED) this.verified.clear();
      this.verified.set(token, { viewer, exp: payload.exp ?? 0, issuedMs });
      return viewer;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Token expired');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('Invalid token');
      throw error;
    }
  }
}
