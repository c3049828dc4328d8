import { UserEntity, hashPassword } from '@junheng/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';

let api: TestApi;
const LOGIN = `mutation($u:String!, $p:String!){ login(username:$u, password:$p){ token expiresAt user { id username role regionCode } } }`;

beforeAll(async () => {
  api = await startTestApi();
  await api.db.dataSource.getRepository(UserEntity).save({
    username: 'planner', displayName: '规划员', passwordHash: await hashPassword('right-password'), role: 'PLANNER', regionCode: COUNTY_A,
  });
});
afterAll(async () => api?.close());

describe('login', () => {
  it('returns a token that opens the region, and `me`', async () => {
    const r = await api.post(LOGIN, { u: 'planner', p: 'right-password' });
    expect(r.body.errors).toBeUndefined();
    const { token, user } = r.body.data!.login;
    expect(user).toMatchObject({ username: 'planner', role: 'PLANNER', regionCode: COUNTY_A });
    const me = await api.post(`{ me { username role regionCode } counties { code } }`, {}, token);
    expect(me.body.data).toEqual({ me: { username: 'planner', role: 'PLANNER', regionCode: COUNTY_A }, counties: [{ code: COUNTY_A }] });
    const self = await api.post(`query($id:ID!){ node(id:$id){ ... on User { username } } }`, { id: user.id }, token);
    expect(self.body.data!.node).toEqual({ username: 'planner' });
  });

  it('fails alike for a wrong password and an unknown user, as UNAUTHENTICATED', async () => {
    const wrong = await api.post(LOGIN, { u: 'planner', p: 'wrong-password' });
    const unknown = await api.post(LOGIN, { u: 'nobody', p: 'whatever' });
    for (const r of [wrong, unknown]) {
      expect(r.body.data).toBeNull();
      expect(r.body.errors?.[0]).toMatchObject({ message: 'Invalid username or password', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('names the field of an empty username', async () => {
    const r = await api.post(LOGIN, { u: '', p: 'x' });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('needs a token for `me`', async () => {
    const r = await api.post(`{ me { username } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
