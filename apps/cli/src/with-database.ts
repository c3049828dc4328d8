import { openDatabase, type OpenedDatabase } from '@junheng/db';

/**
 * Opens the database the way the server does (DATABASE_URL, else the shared embedded PostgreSQL:
 * whichever process starts first runs it, the others connect), runs `work`, and closes it.
 */
export async function withDatabase<T>(work: (db: OpenedDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase({
    onLog: (message) => {
      if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
    },
  });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
