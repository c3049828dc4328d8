import { describe, expect, it } from 'vitest';
import { clearSession, readSession, storedSessionExpired, writeSession, type Session } from './session-store';

const session = (expiresAt: string): Session => ({ token: 'abc', expiresAt, user: { username: 'planner', displayName: '规划员', role: 'PLANNER', regionCode: '431124' } });

describe('session store', () => {
  it('keeps a session across reads (a reload)', () => {
    writeSession(session('2099-01-01T00:00:00Z'));
    expect(readSession()?.user.username).toBe('planner');
    expect(storedSessionExpired()).toBe(false);
  });

  it('drops an expired session and says it expired', () => {
    writeSession(session('2020-01-01T00:00:00Z'));
    expect(readSession()).toBeNull();
    expect(storedSessionExpired()).toBe(true);
  });

  it('ignores malformed storage', () => {
    localStorage.setItem('junheng.session', '{"token":1}');
    expect(readSession()).toBeNull();
    localStorage.setItem('junheng.session', 'not json');
    expect(readSession()).toBeNull();
  });

  it('clears', () => {
    writeSession(session('2099-01-01T00:00:00Z'));
    clearSession();
    expect(readSession()).toBeNull();
    expect(storedSessionExpired()).toBe(false);
  });
});
