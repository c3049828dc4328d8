import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/session';

const RUNS = 3;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Gzip sizes of the built JavaScript: what index.html loads first, and every lazily loaded chunk. */
function bundleSizes(): void {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
  const rows = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, gzip: gzipSync(readFileSync(join(dist, 'assets', f))).length }))
    .sort((a, b) => b.gzip - a.gzip);
  const initialBytes = rows.filter((r) => initial.has(r.file)).reduce((s, r) => s + r.gzip, 0);
  console.log(`\nbundle (gzip): initial ${kb(initialBytes)} in ${initial.size} files; all JS ${kb(rows.reduce((s, r) => s + r.gzip, 0))}`);
  for (const r of rows.slice(0, 12)) console.log(`  ${initial.has(r.file) ? 'initial' : 'lazy   '} ${kb(r.gzip).padStart(9)}  ${r.file}`);
}

async function api(page: Page, query: string, variables: Record<string, unknown>, token?: string): Promise<Record<string, any>> {
  const res = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    data: { query, variables },
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A solved scenario of the demo county, made through the API, for the result page timing. */
async function solvedScenario(page: Page): Promise<string> {
  const token = (await api(page, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'planner', p: DEMO_PASSWORD })).login.token;
  const id = (await api(page, 'mutation($i: CreateScenarioInput!) { createScenario(input: $i) { id } }', { i: { countyCode: '431124', name: 'bench:web', budgetCap: 3_000_000 } }, token)).createScenario.id;
  await api(page, 'mutation($id: ID!) { runScenario(id: $id) { status } }', { id }, token);
  await expect.poll(async () => (await api(page, 'query($id: ID!) { scenario(id: $id) { status } }', { id }, token)).scenario.status, { timeout: 300_000 }).toBe('SOLVED');
  return id;
}

test('bench:web: bundle sizes, time to an interactive overview and to a scenario result', async ({ page }) => {
  bundleSizes();
  const overview: number[] = [];
  const charts: number[] = [];
  const result: number[] = [];
  const id = await solvedScenario(page);
  for (let i = 0; i < RUNS; i += 1) {
    await page.context().clearCookies();
    await page.goto('/login');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel('用户名').fill('planner');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    const t0 = Date.now();
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByText('各指标教师缺口')).toBeVisible({ timeout: 60_000 });
    overview.push(Date.now() - t0);
    await expect(page.getByRole('img', { name: /学校分布/ }).locator('canvas')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('img', { name: /各校指标分布/ }).locator('canvas')).toBeVisible({ timeout: 60_000 });
    charts.push(Date.now() - t0);
    const t1 = Date.now();
    await page.goto(`/scenarios/${id}`);
    await expect(page.getByRole('tab', { name: /交流轮岗名单/ })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible({ timeout: 60_000 });
    result.push(Date.now() - t1);
  }
  console.log(`\ntimings in Chromium (median of ${RUNS}; each run ${overview.map((_, i) => `${overview[i]}/${charts[i]}/${result[i]}`).join(', ')} ms):`);
  console.log(`  login click -> overview totals: ${median(overview)} ms`);
  console.log(`  login click -> both overview charts drawn: ${median(charts)} ms`);
  console.log(`  full page load -> scenario result table: ${median(result)} ms\n`);
});
