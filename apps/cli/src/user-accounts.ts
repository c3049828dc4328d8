import { userInfo } from 'node:os';
import {
  AuditLogEntity, hashPassword, passwordProblem, RegionEntity, USER_AUDIT_ACTIONS, UserEntity, usernameProblem,
  type OpenedDatabase, type UserRole,
} from '@junheng/db';
import { CliError } from './cli-error';

type DataSource = OpenedDatabase['dataSource'];
type EntityManager = DataSource['manager'];

/**
 * User accounts from the command line: the way to create a deployment's first administrator, and to
 * recover when nobody can log in. Each change is one transaction with its audit row; the actor is
 * `cli:<OS user>`. The audit rows carry the same actions and details as the API's user administration,
 * so an API process ends the sessions of a user changed or removed here (see the API's user-audit).
 */

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  regionCode: string;
  password: string;
}

export interface ListedUser {
  username: string;
  displayName: string;
  role: UserRole;
  regionCode: string;
  regionName: string | null;
}

/** `cli:<OS user>` (the account that ran the command), within audit_log.username's 64 characters. */
export function cliActor(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? 'unknown';
  }
  return `cli:${name}`.slice(0, 64);
}

function assertPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new CliError(`${problem.zh}，未作任何修改`, `${problem.en}; nothing was changed`);
}

export function assertUsername(username: string): void {
  const problem = usernameProblem(username);
  if (problem) throw new CliError(problem.zh, problem.en);
}

async function audit(manager: EntityManager, action: string, user: Pick<UserEntity, 'id' | 'username' | 'regionCode'>, details: Record<string, unknown>): Promise<void> {
  await manager.insert(AuditLogEntity, {
    username: cliActor(),
    action,
    countyCode: user.regionCode,
    target: user.username,
    details: { userId: user.id, via: 'cli', ...details },
  });
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === '23505';
}

const taken = (username: string): CliError =>
  new CliError(`用户名「${username}」已存在，未作任何修改（改密码用 junheng user passwd ${username}）`, `username "${username}" is taken; nothing was changed`);

export async function addUser(ds: DataSource, user: NewUser): Promise<UserEntity> {
  assertUsername(user.username);
  assertPassword(user.password);
  const displayName = user.displayName.trim();
  if (displayName === '' || displayName.length > 100) {
    throw new CliError('显示名不能为空，且最多 100 个字符', 'the display name must be 1-100 characters');
  }
  const region = await ds.getRepository(RegionEntity).findOneBy({ code: user.regionCode });
  if (!region) {
    const regions = await ds.getRepository(RegionEntity).count();
    throw new CliError(
      `地区代码「${user.regionCode}」不存在${regions === 0 ? '：数据库中还没有任何地区，先用 junheng import 导入花名册（会建立区县及其所属的市）' : '（用 junheng user list 或系统中已导入的区县、市代码）'}`,
      `unknown region code "${user.regionCode}"${regions === 0 ? ': the database holds no region yet; import a roster first (junheng import)' : ''}`,
    );
  }
  // The slow hash before the transaction, so no lock waits on it.
  const passwordHash = await hashPassword(user.password);
  try {
    return await ds.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { username: user.username })) throw taken(user.username);
      const saved = await manager.save(manager.create(UserEntity, {
        username: user.username, displayName, passwordHash, role: user.role, regionCode: user.regionCode,
      }));
      await audit(manager, USER_AUDIT_ACTIONS.create, saved, { displayName, role: saved.role, regionCode: saved.regionCode });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(user.username);
    throw error;
  }
}

export async function listUsers(ds: DataSource): Promise<ListedUser[]> {
  const rows: Array<{ username: string; display_name: string; role: UserRole; region_code: string; region_name: string | null }> = await ds.query(
    `SELECT u.username, u.display_name, u.role, u.region_code, r.name AS region_name
       FROM app_user u LEFT JOIN region r ON r.code = u.region_code
      ORDER BY u.username COLLATE "C"`,
  );
  return rows.map((r) => ({ username: r.username, displayName: r.display_name, role: r.role, regionCode: r.region_code, regionName: r.region_name }));
}

const unknownUser = (username: string): CliError =>
  new CliError(`用户「${username}」不存在（用 junheng user list 查看全部用户）`, `no user named "${username}" (see junheng user list)`);

/** Sets a new password; the API ends the user's sessions (UPDATE_USER with endsSessions). */
export async function setUserPassword(ds: DataSource, username: string, password: string): Promise<void> {
  assertUsername(username);
  assertPassword(password);
  if (!(await ds.getRepository(UserEntity).existsBy({ username }))) throw unknownUser(username);
  const passwordHash = await hashPassword(password);
  await ds.transaction(async (manager) => {
    const current = await manager.findOne(UserEntity, { where: { username }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw unknownUser(username);
    await manager.update(UserEntity, { id: current.id }, { passwordHash });
    await audit(manager, USER_AUDIT_ACTIONS.update, current, { changed: {}, passwordReset: true, endsSessions: true });
  });
}

export async function removeUser(ds: DataSource, username: string): Promise<UserEntity> {
  assertUsername(username);
  return ds.transaction(async (manager) => {
    const current = await manager.findOne(UserEntity, { where: { username }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw unknownUser(username);
    await manager.delete(UserEntity, { id: current.id });
    await audit(manager, USER_AUDIT_ACTIONS.delete, current, { displayName: current.displayName, role: current.role, regionCode: current.regionCode });
    return current;
  });
}
