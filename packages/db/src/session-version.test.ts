import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserEntity } from './entities/user.entity';
import { createTestDatabase, type TestDatabase } from './testing';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('app_user.session_version (the trigger of migration 1765100000000)', () => {
  it('is bumped by any write that changes the role, region or password hash, and by nothing else', async () => {
    const users = db.dataSource.getRepository(UserEntity);
    const { id } = await users.save({ username: 'li.lei', displayName: '李雷', passwordHash: 'scrypt$a', role: 'PLANNER', regionCode: '431101' });
    const version = async () => (await users.findOneByOrFail({ id })).sessionVersion;
    expect(await version()).toBe(0);
    await users.update({ id }, { displayName: '李雷雷' });
    expect(await version()).toBe(0);
    await users.update({ id }, { role: 'HR' });
    expect(await version()).toBe(1);
    await db.dataSource.query(`UPDATE app_user SET region_code = '431102' WHERE id = $1`, [id]); // plain SQL, as any tool would
    expect(await version()).toBe(2);
    await users.update({ id }, { passwordHash: 'scrypt$b', displayName: '李' });
    expect(await version()).toBe(3);
    await users.update({ id }, { passwordHash: 'scrypt$b' });
    expect(await version()).toBe(3);
  });
});
