import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoUsers, UserEntity } from '@junheng/db';
import { COUNTY_A } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';

let api: TestApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

const QUERY = '{ serverInfo { planYear demo demoUsers { username role regionCode } } }';

describe('serverInfo', () => {
  it('lists the demo accounts to anyone in demo mode', async () => {
    api = await startTestApi({ env: { JUNHENG_DEMO: '1' } });
    await api.db.dataSource.getRepository(UserEntity).save(await generateDemoUsers(COUNTY_A));
    const res = await api.post(QUERY);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.serverInfo).toMatchObject({ planYear: 2026, demo: true });
    expect(res.body.data!.serverInfo.demoUsers.map((u: { username: string }) => u.username)).toEqual(['viewer', 'planner', 'hr', 'admin']);
  });

  it('lists nobody in production, even when the demo users exist', async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production' } });
    await api.db.dataSource.getRepository(UserEntity).save(await generateDemoUsers(COUNTY_A));
    const res = await api.post(QUERY);
    expect(res.body.data!.serverInfo).toMatchObject({ demo: false, demoUsers: [] });
  });
});
