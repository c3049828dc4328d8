import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionData } from '../region-data-reader';
import { verifyPassword } from '../password';
import { createTestDatabase, type TestDatabase } from '../testing';
import { generateDemoCounty } from './demo-county';
import { DEMO_PASSWORD } from './demo-users';
import { loadDemo } from './load-demo';

describe('loadDemo', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('writes the demo county and its four users; the data reads back unchanged', async () => {
    const result = await loadDemo(db.dataSource);
    expect(result.users).toEqual(['viewer', 'planner', 'hr', 'admin']);
    expect(result.countyCodes).toEqual(['431124']);
    expect(await loadRegionData(db.dataSource, ['431124'])).toEqual(generateDemoCounty());

    const users = await db.dataSource.query<Array<{ username: string; role: string; region_code: string; password_hash: string }>>(
      'SELECT username, role, region_code, password_hash FROM app_user ORDER BY id',
    );
    expect(users.map((u) => [u.username, u.role, u.region_code])).toEqual([
      ['viewer', 'VIEWER', '431124'], ['planner', 'PLANNER', '431124'], ['hr', 'HR', '431124'], ['admin', 'ADMIN', '431124'],
    ]);
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.password_hash)).toBe(true);

    // Loading again replaces, never duplicates.
    await loadDemo(db.dataSource);
    const rows = await db.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM app_user');
    expect(Number(rows[0]?.n)).toBe(4);
  });
});
