import { UserEntity, hashPassword } from '@junheng/db';
import type { QueryFailedError } from 'typeorm';
import { loadRegionTree, regionExists, type RegionTree } from '../../auth/region-tree';
import { requireViewer } from '../../auth/require-viewer';
import type { TokenService } from '../../auth/token.service';
import type { Viewer } from '../../auth/viewer';
import { type RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../errors/app-error';
import { toRegion, type Region } from '../region/region.type';
import { toConnection } from '../relay/connection';
import { decodeCursor } from '../relay/cursor';
import { fromGlobalId } from '../relay/global-id';
import { DEFAULT_PAGE_SIZE } from '../relay/page.args';
import { toUser } from './to-user';
import { USER_AUDIT_ACTIONS, writeUserAudit } from './user-audit';
import { UserConnection } from './user-connection.type';
import type { CreateUserInput, UpdateUserInput } from './user.input';
import { assertNotSelfDelete, cleanDisplayName, planUserUpdate } from './user-rules';
import type { User } from './user.type';

export interface UserListInput {
  first?: number;
  after?: string;
  search?: string;
}

const USERNAME_TAKEN = (username: string) => conflict(`Username "${username}" is already taken (用户名已存在)`, 'username');

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as QueryFailedError & { code?: string }).code === '23505';
}

/** The user id behind a global `User` id; BAD_USER_INPUT naming `id` otherwise. */
function userIdOf(id: string): number {
  const decoded = fromGlobalId(id);
  const n = decoded?.type === 'User' ? Number(decoded.key) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput('id', 'Not a user id');
  return n;
}

/**
 * User administration for ADMIN: users whose region lies inside the administrator's (a city
 * administrator has the city and its counties, a county administrator the county), created, changed and
 * deleted in one transaction each with an audit row. A user outside the region answers as one that does
 * not exist. Role, region and password changes and deletions end the user's sessions in every API process (the
 * session version in the user row, see `SessionCheck`).
 */
export class UserAdminService {
  constructor(private readonly tokens: TokenService) {}

  private requireAdmin(ctx: RequestContext): Viewer {
    const viewer = requireViewer(ctx);
    if (viewer.role !== 'ADMIN') throw forbidden('User administration is for ADMIN only');
    return viewer;
  }

  private tree(ctx: RequestContext, viewer: Viewer): Promise<RegionTree> {
    return loadRegionTree(ctx.dataSource, viewer.regionCode);
  }

  /** BAD_USER_INPUT for a region code nobody knows, FORBIDDEN for one outside the administrator's region. */
  private async assertAssignable(ctx: RequestContext, tree: RegionTree, regionCode: string): Promise<void> {
    if (tree.includes(regionCode)) return;
    if (await regionExists(ctx.dataSource, regionCode)) throw forbidden(`Region ${regionCode} is outside your region (超出管辖范围)`, 'regionCode');
    throw badInput('regionCode', `Unknown region ${regionCode}`);
  }

  /** The regions a user may be given: the administrator's region and everything under it. */
  async assignableRegions(ctx: RequestContext): Promise<Region[]> {
    const viewer = this.requireAdmin(ctx);
    return (await this.tree(ctx, viewer)).nodes.map(toRegion);
  }

  /** Users of the region, by username; `search` matches username or display name. */
  async list(ctx: RequestContext, input: UserListInput): Promise<UserConnection> {
    const viewer = this.requireAdmin(ctx);
    const regionCodes = viewer.regionCode === null ? null : (await this.tree(ctx, viewer)).codes;
    const search = input.search?.trim();
    const build = () => {
      const qb = ctx.dataSource.getRepository(UserEntity).createQueryBuilder('u');
      if (regionCodes !== null) qb.where('u.region_code = ANY(:regionCodes)', { regionCodes });
      if (search) {
        const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        qb.andWhere('(u.username ILIKE :pattern OR u.display_name ILIKE :pattern)', { pattern });
      }
      return qb;
    };
    const size = input.first ?? DEFAULT_PAGE_SIZE;
    const qb = build();
    // Byte order ("C"): the same for every database locale, and for the keyset condition and the sort.
    if (input.after !== undefined && input.after !== null) qb.andWhere('u.username COLLATE "C" > :after', { after: decodeCursor(input.after) });
    const rows = await qb.orderBy('u.username COLLATE "C"', 'ASC').limit(size + 1).getMany();
    const nodes = rows.slice(0, size);
    return toConnection(new UserConnection(), {
      nodes: nodes.map(toUser),
      keys: nodes.map((u) => u.username),
      hasNextPage: rows.length > size,
      hasPreviousPage: input.after != null,
      totalCount: () => build().getCount(),
    });
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const viewer = this.requireAdmin(ctx);
    const displayName = cleanDisplayName(input.displayName);
    await this.assertAssignable(ctx, await this.tree(ctx, viewer), input.regionCode);
    // The slow hash before the transaction, so no row lock waits on it.
    const passwordHash = await hashPassword(input.password);
    try {
      const row = await ctx.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(UserEntity, { username: input.username })) throw USERNAME_TAKEN(input.username);
        const saved = await manager.save(manager.create(UserEntity, { username: input.username, displayName, passwordHash, role: input.role, regionCode: input.regionCode }));
        await writeUserAudit(manager, viewer, USER_AUDIT_ACTIONS.create, saved, { displayName, role: saved.role, regionCode: saved.regionCode });
        return saved;
      });
      return toUser(row);
    } catch (error) {
      // Two creations of one username at once: the unique constraint decides.
      if (isUniqueViolation(error)) throw USERNAME_TAKEN(input.username);
      throw error;
    }
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
    const viewer = this.requireAdmin(ctx);
    const userId = userIdOf(id);
    const tree = await this.tree(ctx, viewer);
    if (input.regionCode !== undefined && input.regionCode !== null) await this.assertAssignable(ctx, tree, input.regionCode);
    const passwordHash = input.password !== undefined && input.password !== null ? await hashPassword(input.password) : null;
    const { row, endsSessions } = await ctx.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!current || !tree.includes(current.regionCode)) throw notFound(`User ${id}`);
      const plan = planUserUpdate(current, input, viewer.userId === userId);
      if (Object.keys(plan.set).length === 0 && !plan.passwordReset) return { row: current, endsSessions: false };
      await manager.update(UserEntity, { id: userId }, { ...plan.set, ...(passwordHash ? { passwordHash } : {}) });
      const updated = await manager.findOneByOrFail(UserEntity, { id: userId });
      await writeUserAudit(manager, viewer, USER_AUDIT_ACTIONS.update, updated, { changed: plan.changed, passwordReset: plan.passwordReset, endsSessions: plan.endsSessions });
      return { row: updated, endsSessions: plan.endsSessions };
    });
    // PostgreSQL bumped the session version in the same commit: every process refuses older tokens.
    if (endsSessions) this.tokens.forgetUser(userId);
    return toUser(row);
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const viewer = this.requireAdmin(ctx);
    const userId = userIdOf(id);
    const tree = await this.tree(ctx, viewer);
    await ctx.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!current || !tree.includes(current.regionCode)) throw notFound(`User ${id}`);
      assertNotSelfDelete(viewer.userId === userId);
      await manager.delete(UserEntity, { id: userId });
      await writeUserAudit(manager, viewer, USER_AUDIT_ACTIONS.delete, current, { displayName: current.displayName, role: current.role, regionCode: current.regionCode });
    });
    this.tokens.forgetUser(userId);
    return true;
  }
}
