import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, RegionEntity, UserEntity, verifyPassword } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { runBuiltCli } from './test-support/run-built-cli';

describe('junheng user (built CLI, fresh database without demo data)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  const cli = (args: string[], input = '') => runBuiltCli(args, db.url, input);
  const users = () => db.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });

  it('refuses a region that does not exist, saying to import a roster first', async () => {
    const run = await cli(['user', 'add', 'admin', '--role', 'ADMIN', '--region', '431124'], 'a-long-secret\n');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('地区代码「431124」不存在');
    expect(run.stderr).toContain('junheng import');
    expect(run.stderr).not.toContain('内部错误');
    expect(await users()).toEqual([]);
  });

  it('add creates an ADMIN whose stored hash matches the password read from stdin, audited as cli:<OS user>', async () => {
    await db.dataSource.getRepository(RegionEntity).insert({ code: '431124', name: '道县', kind: 'COUNTY', parentCode: null });
    const run = await cli(['user', 'add', 'admin', '--role', 'admin', '--region', '431124', '--name', '系统管理员'], 'correct horse battery\nignored second line\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已创建用户');
    const [admin, ...rest] = await users();
    expect(rest).toEqual([]);
    expect(admin).toMatchObject({ username: 'admin', displayName: '系统管理员', role: 'ADMIN', regionCode: '431124' });
    expect(await verifyPassword('correct horse battery', admin!.passwordHash)).toBe(true);
    expect(await verifyPassword('ignored second line', admin!.passwordHash)).toBe(false);
    const audit = await db.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'CREATE_USER', target: 'admin' });
    expect(audit.username).toMatch(/^cli:.+/);
    expect(audit.countyCode).toBe('431124');
    expect(audit.details).toMatchObject({ userId: admin!.id, role: 'ADMIN' });
    expect(JSON.stringify(audit.details)).not.toContain('correct horse');

    const list = await cli(['user', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('admin');
    expect(list.stdout).toContain('道县（431124）');
    expect(list.stdout).toContain('管理员 ADMIN');
  });

  it('refuses hostile input with a Chinese message and changes nothing', async () => {
    const before = await users();
    const auditsBefore = await db.dataSource.getRepository(AuditLogEntity).count();
    const cases: Array<[string[], string, string]> = [
      [['user', 'add', 'hr1', '--role', 'HR', '--region', '431124'], '\n', '密码不能为空'],
      [['user', 'add', 'hr1', '--role', 'HR', '--region', '431124'], '', '未从标准输入读到密码'],
      [['user', 'add', 'hr1', '--role', 'HR', '--region', '431124'], 'short\n', '密码至少需要 8 个字符'],
      [['user', 'add', 'hr1', '--role', 'HR', '--region', '431124', '--password', 'a-long-secret'], '', '密码不能作为命令行参数传入'],
      [['user', 'add', 'hr1', '--role', 'HR', '--region', '431124', '--password=a-long-secret'], '', '密码不能作为命令行参数传入'],
      [['user', 'add', 'hr1', '--role', 'HR', '--region', '999999'], 'a-long-secret\n', '地区代码「999999」不存在'],
      [['user', 'add', 'admin', '--role', 'HR', '--region', '431124'], 'a-long-secret\n', '用户名「admin」已存在'],
      [['user', 'add', 'hr1', '--role', 'BOSS', '--region', '431124'], 'a-long-secret\n', '角色「BOSS」无效'],
      [['user', 'add', 'Zhang San', '--role', 'HR', '--region', '431124'], 'a-long-secret\n', '用户名「Zhang San」无效'],
      [['user', 'passwd', 'nobody'], 'a-long-secret\n', '用户「nobody」不存在'],
      [['user', 'passwd', 'admin', '--password', 'a-long-secret'], '', '密码不能作为命令行参数传入'],
      [['user', 'passwd', 'admin'], 'short\n', '密码至少需要 8 个字符'],
      [['user', 'remove', 'nobody'], '', '用户「nobody」不存在'],
    ];
    for (const [args, input, message] of cases) {
      const run = await cli(args, input);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stderr, args.join(' ')).not.toContain('内部错误');
      expect(run.stderr).not.toContain('a-long-secret');
    }
    expect(await users()).toEqual(before);
    expect(await db.dataSource.getRepository(AuditLogEntity).count()).toBe(auditsBefore);
  });

  it('passwd sets a new password (ending sessions, audited); remove deletes the user (audited)', async () => {
    const passwd = await cli(['user', 'passwd', 'admin'], 'another long secret\n');
    expect(passwd.stderr).toBe('');
    expect(passwd.code).toBe(0);
    const [admin] = await users();
    expect(await verifyPassword('another long secret', admin!.passwordHash)).toBe(true);
    expect(await verifyPassword('correct horse battery', admin!.passwordHash)).toBe(false);
    const update = await db.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'UPDATE_USER', target: 'admin' });
    expect(update.details).toMatchObject({ userId: admin!.id, passwordReset: true, endsSessions: true });

    const remove = await cli(['user', 'remove', 'admin']);
    expect(remove.code).toBe(0);
    expect(await users()).toEqual([]);
    const removed = await db.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'DELETE_USER', target: 'admin' });
    expect(removed.details).toMatchObject({ userId: admin!.id });
    const list = await cli(['user', 'list']);
    expect(list.stdout).toContain('还没有用户');
  });

  it('a database that cannot be reached is a clear message, not a stack trace', async () => {
    const run = await runBuiltCli(['user', 'list'], 'postgres://nobody:x@127.0.0.1:1/none');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('无法连接DATABASE_URL 指定的数据库（ECONNREFUSED）');
    expect(run.stderr).not.toContain('内部错误');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
