import { describe, expect, it } from 'vitest';
import { EXAMPLE_JWT_SECRET, jwtSecretWeakness } from './auth/jwt-secret-strength';
import { statSync } from 'node:fs';
import { ApiConfigError, keptSecretFile, loadConfig } from './config';

const STRONG = 'q8Z-3vLk_Xw9pR2mT7yHc4Nf6Bd1Gs5J';
const PG = 'postgres://junheng:secret@db.example:5432/junheng';

describe('loadConfig', () => {
  it('is production by default (what npm start runs), listening on every interface', () => {
    const config = loadConfig({ JWT_SECRET: STRONG });
    expect(config.nodeEnv).toBe('production');
    expect(config.host).toBe('0.0.0.0');
    expect(config.trustProxy).toBe(false);
  });

  it('loads the demo into an empty embedded database by default, not into DATABASE_URL in production', () => {
    expect(loadConfig({ JWT_SECRET: STRONG }).loadDemoWhenEmpty).toBe(true);
    expect(loadConfig({ JWT_SECRET: STRONG, JUNHENG_DEMO: '0' }).loadDemoWhenEmpty).toBe(false);
    expect(loadConfig({ JWT_SECRET: STRONG, DATABASE_URL: PG }).loadDemoWhenEmpty).toBe(false);
  });

  it('without JWT_SECRET on the embedded database, keeps a random secret in .junheng/api-jwt-secret, mode 0600', () => {
    const first = loadConfig({ NODE_ENV: 'production' });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ NODE_ENV: 'production' }).jwtSecret).toBe(first.jwtSecret);
    expect(statSync(keptSecretFile()).mode & 0o777).toBe(0o600);
  });

  it('requires JWT_SECRET in production with DATABASE_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: PG })).toThrow(/JWT_SECRET is required in production with DATABASE_URL/);
  });

  it('binds development to loopback and refuses another HOST', () => {
    expect(loadConfig({ NODE_ENV: 'development', JWT_SECRET: STRONG }).host).toBe('127.0.0.1');
    expect(() => loadConfig({ NODE_ENV: 'development', JWT_SECRET: STRONG, HOST: '0.0.0.0' })).toThrow(/loopback only/);
  });

  it('refuses weak JWT secrets with a config error that says why', () => {
    const cases: Array<[string, RegExp]> = [
      [EXAMPLE_JWT_SECRET, /example value/],
      ['change-me-please-0123456789abcdefghijkl', /example value/],
      ['abcDEF123', /at least 32 characters/],
      ['a'.repeat(64), /1 distinct characters/],
      ['abcabcabcabcabcabcabcabcabcabcabcabc', /distinct characters/],
      ['0123456789ab0123456789ab0123456789ab', /12-character pattern repeated/],
    ];
    for (const [secret, why] of cases) {
      expect(() => loadConfig({ JWT_SECRET: secret }), secret).toThrow(ApiConfigError);
      expect(() => loadConfig({ JWT_SECRET: secret }), secret).toThrow(why);
    }
    expect(jwtSecretWeakness(STRONG)).toBeNull();
  });

  it('reads TRUST_PROXY as a hop count or a list of proxies', () => {
    expect(loadConfig({ JWT_SECRET: STRONG, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ JWT_SECRET: STRONG, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ JWT_SECRET: STRONG, TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
