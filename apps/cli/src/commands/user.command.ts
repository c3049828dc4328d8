import { Option, type Command } from 'commander';
import { isUserRole, USER_ROLES } from '@junheng/db';
import { CliError } from '../cli-error';
import { readPassword } from '../password-input';
import { renderTable } from '../text-table';
import { addUser, assertUsername, listUsers, removeUser, setUserPassword } from '../user-accounts';
import { withDatabase } from '../with-database';

const ROLE_LABELS: Record<string, string> = { ADMIN: '管理员', HR: '人事', PLANNER: '规划', VIEWER: '只读' };

/** A password given as an option is refused before anything else: it would stay in the shell history and `ps`. */
function passwordOption(): Option {
  return new Option('--password <password>').hideHelp().argParser(() => {
    throw new CliError(
      '密码不能作为命令行参数传入（会留在命令历史和进程列表中）：运行命令后按提示输入，或从标准输入传入',
      'a password is never a command-line argument (shell history, ps): type it at the prompt or pipe it on standard input',
    );
  });
}

/** `junheng user add|list|passwd|remove`: user accounts, audited as `cli:<OS user>`. */
export function registerUserCommand(program: Command): void {
  const user = program
    .command('user')
    .description('管理用户账号（创建第一个管理员、重置密码）/ manage user accounts (first administrator, password reset)');

  user
    .command('add')
    .description('创建用户，密码从标准输入读取 / create a user; the password is read from standard input')
    .argument('<username>', '用户名：2-64 个小写字母、数字、. _ - / username')
    .requiredOption('--role <role>', `角色 / role: ${USER_ROLES.join('|')}`)
    .requiredOption('--region <code>', '所属地区代码（区县或市，须已存在）/ region code (county or city, must exist)')
    .option('--name <display name>', '显示名，默认同用户名 / display name (default: the username)')
    .addOption(passwordOption())
    .action(async (username: string, options: { role: string; region: string; name?: string }) => {
      assertUsername(username);
      const role = options.role.toUpperCase();
      if (!isUserRole(role)) {
        throw new CliError(`角色「${options.role}」无效：应为 ${USER_ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}`, `invalid role "${options.role}": ${USER_ROLES.join(', ')}`);
      }
      const password = await readPassword(`用户 ${username} 的密码（至少 8 个字符）/ password`);
      const saved = await withDatabase((db) => addUser(db.dataSource, { username, displayName: options.name ?? username, role, regionCode: options.region, password }));
      process.stdout.write(`已创建用户 / user created: ${saved.username}（${ROLE_LABELS[saved.role]} ${saved.role}，地区 region ${saved.regionCode}）\n`);
    });

  user
    .command('list')
    .description('列出全部用户 / list every user')
    .action(async () => {
      const users = await withDatabase((db) => listUsers(db.dataSource));
      if (users.length === 0) {
        process.stdout.write('还没有用户：用 junheng user add 创建第一个管理员 / no users yet: create the first administrator with junheng user add\n');
        return;
      }
      const rows = users.map((u) => [u.username, u.displayName, `${ROLE_LABELS[u.role] ?? ''} ${u.role}`, u.regionName ? `${u.regionName}（${u.regionCode}）` : u.regionCode]);
      process.stdout.write(`${renderTable(['用户名', '显示名', '角色', '地区'], rows)}\n`);
    });

  user
    .command('passwd')
    .description('重置用户密码，新密码从标准输入读取；该用户已登录的会话失效 / reset a password (read from standard input); ends the user\'s sessions')
    .argument('<username>', '用户名 / username')
    .addOption(passwordOption())
    .action(async (username: string) => {
      assertUsername(username);
      const password = await readPassword(`用户 ${username} 的新密码（至少 8 个字符）/ new password`);
      await withDatabase((db) => setUserPassword(db.dataSource, username, password));
      process.stdout.write(`已重置密码 / password reset: ${username}\n`);
    });

  user
    .command('remove')
    .description('删除用户；其会话随之失效 / delete a user; ends their sessions')
    .argument('<username>', '用户名 / username')
    .action(async (username: string) => {
      const removed = await withDatabase((db) => removeUser(db.dataSource, username));
      process.stdout.write(`已删除用户 / user removed: ${removed.username}（${removed.role}，${removed.regionCode}）\n`);
    });
}
