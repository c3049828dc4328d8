import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { TokenService } from './token.service';

const user = { id: 7, username: 'planner', displayName: '规划员', role: 'PLANNER' as const, regionCode: '431101' };

describe('TokenService', () => {
  it('round-trips role and region', async () => {
    const tokens = new TokenService('s'.repeat(40), 3600);
    const { token, expiresAt } = await tokens.sign(user);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await tokens.verify(token)).toEqual({ userId: 7, username: 'planner', displayName: '规划员', role: 'PLANNER', regionCode: '431101', devBypass: false, sessionVersion: 0 });
  });

  it('refuses a token signed with another secret, or expired, as UNAUTHENTICATED', async () => {
    const other = await new TokenService('o'.repeat(40), 3600).sign(user);
    const tokens = new TokenService('s'.repeat(40), 60);
    await expect(tokens.verify(other.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const old = await tokens.sign(user, new Date(Date.now() - 3600_000));
    const error = await tokens.verify(old.token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Token expired');
  });

  it('carries the session version of the user row (checked against the database at each request)', async () => {
    const tokens = new TokenService('s'.repeat(40), 3600);
    const { token } = await tokens.sign({ ...user, sessionVersion: 3 });
    await expect(tokens.verify(token)).resolves.toMatchObject({ userId: 7, sessionVersion: 3 });
    tokens.forgetUser(7);
    await expect(tokens.verify(token)).resolves.toMatchObject({ userId: 7, sessionVersion: 3 });
  });
});
