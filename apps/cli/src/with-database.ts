import { loadConfig, openDatabase, type OpenedDatabase } from '@junheng/db';
import { CliError } from './cli-error';

/** A failure to reach the database as a clear message (never a stack trace), or null for any other error. */
function connectionError(error: unknown): CliError | null {
  const { code, message } = error as { code?: string; message?: string };
  let external = false;
  try {
    external = loadConfig().databaseUrl !== null;
  } catch { /* a bad configuration fails with its own message elsewhere */ }
  const where = external ? 'DATABASE_URL 指定的数据库' : '内置数据库';
  const whereEn = external ? 'the database of DATABASE_URL' : 'the embedded database';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN') {
    return new CliError(`无法连接${where}（${code}）：请检查地址、端口和数据库服务是否在运行`, `cannot connect to ${whereEn} (${code})`);
  }
  if (code === '28P01' || code === '28000') {
    return new CliError(`${where}拒绝了登录（用户名或密码错误）`, `${whereEn} refused the login (${message ?? code})`);
  }
  if (code === '3D000') return new CliError(`${where}不存在（${message ?? code}）`, `${whereEn} does not exist (${message ?? code})`);
  return null;
}

/**
 * Opens the database the way the server does (DATABASE_URL, else the shared embedded PostgreSQL:
 * whichever process starts first runs it, the others connect), runs `work`, and closes it.
 */
export async function withDatabase<T>(work: (db: OpenedDatabase) => Promise<T>): Promise<T> {
  let db: OpenedDatabase;
  try {
    db = await openDatabase({
      onLog: (message) => {
        if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
      },
    });
  } catch (error) {
    throw connectionError(error) ?? error;
  }
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
