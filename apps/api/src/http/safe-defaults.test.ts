import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../test-support/fixture-region';
import { rawGraphQL, rawRequest } from '../test-support/raw-request';
import { startTestApi, type TestApi } from '../test-support/test-api';

const SCHOOLS = '{ schools(first: 2) { nodes { code name } } }';
const HOSTS = ['localhost:4000', '127.0.0.1', '[::1]:4000', 'evil.example', 'evil.example:4000'];
/** What a stack trace or a server path looks like in an answer. */
const LEAK = /\bat .+\(|\.ts:\d+|\.js:\d+|\/work\/|node_modules|\/src\/|\/dist\/|stacktrace/i;

describe('production mode (npm start)', () => {
  let api: TestApi;
  beforeAll(async () => {
    // As npm start: production, the embedded database, a request from loopback.
    api = await startTestApi({ env: { NODE_ENV: 'production' }, embeddedDatabase: true });
  });
  afterAll(async () => api?.close());

  it('answers a token-less query from this machine with UNAUTHENTICATED and no data, whatever the Host header', async () => {
    for (const host of HOSTS) {
      const r = await rawGraphQL(api.url, SCHOOLS, { host });
      const body = JSON.parse(r.text);
      expect(body.errors?.[0]?.extensions?.code, host).toBe('UNAUTHENTICATED');
      expect(body.data?.schools ?? null, host).toBeNull();
    }
  });

  it('answers an internal error with a bare message: no stack, no path, no SQL', async () => {
    const logged: unknown[] = [];
    const broken = await startTestApi({ env: { NODE_ENV: 'production' }, logError: (e) => logged.push(e) });
    try {
      // Break the database under the API: the next read fails inside PostgreSQL.
      await broken.db.dataSource.query('ALTER TABLE school RENAME TO school_gone');
      const r = await broken.post(SCHOOLS, {}, await broken.token('ADMIN', COUNTY_A));
      expect(r.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const text = JSON.stringify(r.body);
      expect(text).not.toMatch(LEAK);
      expect(text).not.toMatch(/school_gone|relation|SELECT/i);
      expect(logged.length).toBeGreaterThan(0); // it went to the server log instead
    } finally {
      await broken.close();
    }
  });

  it('leaks nothing in malformed, unknown-field and bad-variable answers', async () => {
    const token = await api.token('ADMIN', COUNTY_A);
    const answers = [
      await rawRequest(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
      await rawGraphQL(api.url, '{ schools(first: 1) { nodes { cod } } }', { authorization: `Bearer ${token}` }),
      await rawGraphQL(api.url, 'query($n: Int) { schools(first: $n) { totalCount } }', { authorization: `Bearer ${token}` }, { n: 'many' }),
      await rawRequest(`${api.url.replace(/graphql$/, '')}exports/nothing`),
    ];
    for (const r of answers) expect(r.text).not.toMatch(LEAK);
  });

  it('blocks field suggestions ("did you mean") and introspection', async () => {
    const token = await api.token('ADMIN', COUNTY_A);
    const r = await rawGraphQL(api.url, '{ schools(first: 1) { nodes { cod } } }', { authorization: `Bearer ${token}` });
    expect(r.text).not.toMatch(/did you mean/i);
    const intro = JSON.parse((await rawGraphQL(api.url, '{ __schema { types { name } } }', { authorization: `Bearer ${token}` })).text);
    expect(intro.data).toBeUndefined();
  });

  it('sends the security headers on every response', async () => {
    const base = api.url.replace(/graphql$/, '');
    for (const r of [await rawGraphQL(api.url, SCHOOLS), await rawRequest(`${base}health`), await rawRequest(`${base}no-such-page`)]) {
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(r.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('development mode (npm run dev)', () => {
  let dev: TestApi;
  beforeAll(async () => {
    dev = await startTestApi({ env: { NODE_ENV: 'development' }, embeddedDatabase: true });
  });
  afterAll(async () => dev?.close());

  it('serves this machine without a token (the Sandbox bypass) when the Host is localhost, 127.0.0.1 or [::1]', async () => {
    const port = new URL(dev.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) {
      const body = JSON.parse((await rawGraphQL(dev.url, SCHOOLS, { host })).text);
      expect(body.errors, host).toBeUndefined();
      expect(body.data.schools.nodes.length, host).toBe(2);
    }
  });

  it('refuses any other Host header before anything runs (DNS rebinding)', async () => {
    const port = new URL(dev.url).port;
    for (const host of [`evil.example:${port}`, 'evil.example', `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `localhost@evil.example`]) {
      const r = await rawGraphQL(dev.url, SCHOOLS, { host });
      expect(r.status, host).toBe(421);
      expect(r.text, host).not.toContain('"schools"');
    }
    const r = await rawGraphQL(dev.url, SCHOOLS, { host: 'evil.example' });
    expect(r.status).toBe(421);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('MISDIRECTED_REQUEST');
  });

  it('shows the Sandbox landing page to a browser on localhost, with its own CSP rather than the app\'s', async () => {
    const port = new URL(dev.url).port;
    const r = await rawRequest(dev.url, { headers: { host: `localhost:${port}`, accept: 'text/html' } });
    expect(r.status).toBe(200);
    expect(r.text).toContain('embeddable-sandbox');
    expect(r.headers['content-security-policy']).toBeUndefined();
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });
});
