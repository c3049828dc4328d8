import { replaceRegionData, type RegionEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import type { RegionData } from '@junheng/domain';
import type { Role } from '../auth/role';
import { loadConfig } from '../config';
import { createServer, type ApiServer, type CreateServerOptions } from '../server';
import { fixtureRegion } from './fixture-region';
import { StatementCounter } from './statement-counter';

export interface GraphQLResult {
  status: number;
  contentType: string | null;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  };
}

export interface TestApi {
  url: string;
  server: ApiServer;
  db: TestDatabase;
  counter: StatementCounter;
  /** A token for a user of this role and region (a user row with this id is made if none exists). */
  token(role: Role, regionCode: string, id?: number): Promise<string>;
  post(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResult>;
  close(): Promise<void>;
}

export interface StartTestApiOptions extends Partial<Omit<CreateServerOptions, 'dataSource' | 'config'>> {
  data?: RegionData;
  env?: Record<string, string>;
}

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

/** A fresh database with the fixture region and the API on an ephemeral port. */
export async function startTestApi(options: StartTestApiOptions = {}): Promise<TestApi> {
  const counter = new StatementCounter();
  const db = await createTestDatabase({ logger: counter });
  const data = options.data ?? fixtureRegion();
  await replaceRegionData(db.dataSource, data);
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, PLAN_YEAR: '2026', RESPONSE_CACHE_MB: '0', LOG_LEVEL: 'silent', ...options.env });
  const { data: _data, env: _env, ...serverOptions } = options;
  const server = await createServer({ dataSource: db.dataSource, config, logError: () => undefined, ...serverOptions });
  const { url } = await server.listen(0, '127.0.0.1');
  return {
    url,
    server,
    db,
    counter,
    token: async (role, regionCode, id = 1) => {
      // Every request checks the user row (session version): a token stands for an existing user.
      const rows: Array<{ session_version: number }> = await db.dataSource.query(
        `WITH made AS (
           INSERT INTO app_user (id, username, display_name, password_hash, role, region_code)
           VALUES ($1, $2, $3, 'test-no-password', $4, $5) ON CONFLICT DO NOTHING RETURNING session_version)
         SELECT session_version FROM made UNION ALL SELECT session_version FROM app_user WHERE id = $1`,
        [id, `test-user-${id}`, role, role, regionCode],
      );
      const sessionVersion = rows[0]?.session_version ?? 0;
      await db.dataSource.query(`SELECT setval(pg_get_serial_sequence('app_user', 'id'), GREATEST((SELECT max(id) FROM app_user), 1))`);
      return (await server.tokens.sign({ id, username: `${role.toLowerCase()}-${regionCode}`, displayName: role, role, regionCode, sessionVersion })).token;
    },
    post: async (query, variables, token, headers = {}) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      return { status: res.status, contentType: res.headers.get('content-type'), headers: res.headers, body: JSON.parse(text) };
    },
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** Bumps a county's data version, as an import or apply does. */
export async function bumpVersion(db: TestDatabase, countyCode: string): Promise<void> {
  await db.dataSource.query(`UPDATE region SET data_version = data_version + 1 WHERE code = $1`, [countyCode]);
}

export type { RegionEntity };
