import { UserEntity, hashPassword, verifyPassword } from '@junheng/db';
import type { LoginThrottle } from '../../auth/login-throttle';
import { isRole } from '../../auth/role';
import type { TokenService } from '../../auth/token.service';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { unauthenticated } from '../../errors/app-error';
import { AuthPayload } from './auth-payload.type';
import { toUser, viewerAsUser } from './to-user';
import type { User } from './user.type';

const LOGIN_FAILED = 'Invalid username or password';

/**
 * Login with a password checked by the slow hash, and the current user. With a throttle, a locked account
 * or address is refused before any hashing, and every failure counts (unknown usernames too, so the
 * throttle does not tell which exist).
 */
export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle | null = null,
  ) {}

  async login(ctx: RequestContext, username: string, password: string): Promise<AuthPayload> {
    await this.throttle?.check(username, ctx.clientAddress);
    const user = await ctx.dataSource.getRepository(UserEntity).findOne({ where: { username } });
    if (!user) {
      // Same work as for a known user, so response time does not tell which usernames exist.
      this.dummyHash ??= hashPassword('junheng-no-such-user');
      await verifyPassword(password, await this.dummyHash);
      await this.throttle?.recordFailure(username, ctx.clientAddress, null);
      throw unauthenticated(LOGIN_FAILED);
    }
    if (!(await verifyPassword(password, user.passwordHash)) || !isRole(user.role)) {
      await this.throttle?.recordFailure(username, ctx.clientAddress, user.regionCode);
      throw unauthenticated(LOGIN_FAILED);
    }
    await this.throttle?.recordSuccess(username);
    const signed = await this.tokens.sign({ id: user.id, username: user.username, displayName: user.displayName, role: user.role, regionCode: user.regionCode, sessionVersion: user.sessionVersion });
    return Object.assign(new AuthPayload(), { token: signed.token, expiresAt: signed.expiresAt.toISOString(), user: toUser(user) });
  }

  /** The signed-in user as stored now (role or region changes show here before the token expires). */
  async me(ctx: RequestContext): Promise<User> {
    const viewer = requireViewer(ctx);
    if (viewer.userId === null) return viewerAsUser(viewer);
    const user = await ctx.dataSource.getRepository(UserEntity).findOne({ where: { id: viewer.userId } });
    if (!user || !isRole(user.role)) throw unauthenticated('User no longer exists');
    return toUser(user);
  }
}
