import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded server in <repo root>/.junheng/pgdata', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toMatch(/[/\\]\.junheng[/\\]pgdata$/);
    expect(config.databaseName).toBe('junheng');
    expect(config.port).toBeNull();
    expect(config.keepServer).toBe(false);
  });

  it('reads and validates every variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/x', JUNHENG_DATA_DIR: '/var/lib/jh', JUNHENG_PG_PORT: '5544',
      JUNHENG_PG_KEEP: 'yes', JUNHENG_DB_NAME: 'jh_prod',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u:p@db:5432/x', dataDir: '/var/lib/jh', port: 5544, keepServer: true, databaseName: 'jh_prod' });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ JUNHENG_PG_PORT: '70000' }, /JUNHENG_PG_PORT must be a port/],
    [{ JUNHENG_PG_KEEP: 'maybe' }, /JUNHENG_PG_KEEP must be/],
    [{ JUNHENG_DB_NAME: 'Bad-Name' }, /JUNHENG_DB_NAME must be/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
