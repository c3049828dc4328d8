import type { DataSource, QueryRunner } from 'typeorm';

/** Another import of the county is running (in this process or another one on the same database). */
export class ImportBusyError extends Error {
  readonly code = 'IMPORT_BUSY';
  constructor(readonly countyCode: string) {
    super(`区县 ${countyCode} 正在导入名册，请等当前导入完成后再试`);
    this.name = 'ImportBusyError';
  }
}

/** Counties held for one import until `release()` (PostgreSQL session advisory locks on one connection). */
export interface ImportLock {
  readonly codes: ReadonlySet<string>;
  /** Holds more counties (e.g. those the file turned out to hold); throws `ImportBusyError` if one is taken. */
  add(codes: Iterable<string>): Promise<void>;
  /** Lets every county go and returns the connection; safe to call twice. */
  release(): Promise<void>;
}

const KEY = "hashtext('junheng:import:' || $1)";

/**
 * At most one import per county at a time, across processes: try-locks (never waits) a PostgreSQL
 * advisory lock per county code, on a connection of its own held for the import's whole length,
 * so a second import of a county is refused at once with `ImportBusyError`. Distinct from
 * `lockCountiesForWrite`, which makes writers wait for each other inside their transaction.
 */
export async function acquireImportLock(ds: DataSource, codes: Iterable<string>): Promise<ImportLock> {
  const runner: QueryRunner = ds.createQueryRunner();
  await runner.connect();
  const held = new Set<string>();
  let released = false;
  const release = async (): Promise<void> => {
    if (released) return;
    released = true;
    try {
      if (held.size > 0) await runner.query('SELECT pg_advisory_unlock_all()');
    } finally {
      held.clear();
      await runner.release();
    }
  };
  const add = async (more: Iterable<string>): Promise<void> => {
    if (released) throw new Error('import lock already released');
    for (const code of [...new Set(more)].sort()) {
      if (held.has(code)) continue;
      const [row] = (await runner.query(`SELECT pg_try_advisory_lock(${KEY}) AS ok`, [code])) as Array<{ ok: boolean }>;
      if (!row?.ok) throw new ImportBusyError(code);
      held.add(code);
    }
  };
  try {
    await add(codes);
  } catch (error) {
    await release();
    throw error;
  }
  return { codes: held, add, release };
}
