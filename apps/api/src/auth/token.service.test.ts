import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { TokenService } from './token.service';

const user = { id: 7, username: 'planner', displayName: '规划员', role: 'PLANNER' as const, regionCode: '431101' };

describe('TokenService', () => {
  it('round-trips role and region', async () => {
    const tokens = new TokenService('s'.repeat(40), 3600);
    const { token, expiresAt } = await tokens.sign(user);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await tokens.verify(token)).toEqual({ userId: 7, username: 'planner', displayName: '规划员', role: 'PLANNER', regionCode: '431101', devBypass: false });
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

  it('refuses the tokens of a revoked user issued before the revocation, and only those', async () => {
    const tokens = new TokenService('s'.repeat(40), 3600);
    const before = await tokens.sign(user);
    const other = await tokens.sign({ ...user, id: 8, username: 'hr' });
    await tokens.verify(before.token); // kept as verified: the revocation must reach the kept entry too
    tokens.revokeUser(7);
    await expect(tokens.verify(before.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Session ended: sign in again' });
    await expect(tokens.verify(other.token)).resolves.toMatchObject({ userId: 8 });
    const after = await tokens.sign(user);
    await expect(tokens.verify(after.token)).resolves.toMatchObject({ userId: 7 });
  });
});
