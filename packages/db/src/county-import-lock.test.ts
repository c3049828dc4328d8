import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { acquireImportLock, ImportBusyError } from './county-import-lock';
import { createTestDatabase, type TestDatabase } from './testing';

let db: TestDatabase;
let other: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
  // A second pool on the same database stands for another API process.
  other = new DataSource({ type: 'postgres', url: db.url });
  await other.initialize();
});
afterAll(async () => {
  await other.destroy();
  await db.close();
});

const lockCount = async (): Promise<number> => {
  const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`)) as Array<{ n: number }>;
  return row!.n;
};

describe('acquireImportLock', () => {
  it('refuses a second import of a county at once, from this process or another, until the first releases', async () => {
    const first = await acquireImportLock(db.dataSource, ['431124']);
    await expect(acquireImportLock(other, ['431124'])).rejects.toBeInstanceOf(ImportBusyError);
    await expect(acquireImportLock(db.dataSource, ['431102', '431124'])).rejects.toMatchObject({ code: 'IMPORT_BUSY', countyCode: '431124' });
    // The refused attempt kept nothing: 431102 is free.
    const neighbour = await acquireImportLock(other, ['431102']);
    await expect(first.add(['431102'])).rejects.toMatchObject({ message: '区县 431102 正在导入名册，请等当前导入完成后再试' });
    await neighbour.release();
    await first.add(['431102', '431124']);
    expect([...first.codes].sort()).toEqual(['431102', '431124']);
    await first.release();
    await first.release();
    const again = await acquireImportLock(other, ['431124', '431102']);
    await again.release();
    expect(await lockCount()).toBe(0);
  });
});
