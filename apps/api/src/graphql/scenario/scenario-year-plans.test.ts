import type PgBoss from 'pg-boss';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, DEMO_COUNTY_CODE, generateDemoCounty } from '@junheng/db';
import { enqueueCostCurve, enqueueScenarioRun, startJobQueue, startScenarioWorker } from '@junheng/jobs';
import { startTestApi, type TestApi } from '../../test-support/test-api';

const COUNTY = DEMO_COUNTY_CODE;
let api: TestApi;
let boss: PgBoss;
let stopWorker: () => Promise<void>;
let planner: string;
let hr: string;
let multiId: string;
let singleId: string;

const PLAN = `year years cost { total } check { passes } rotations { staffNo } hires { schoolCode count } classSplits { schoolCode }
  shortfalls { schoolCode indicator cause } sections { schoolCode } balanceAfter { indicator } costCurve { fullComplianceCost }
  retirements { staffNo name schoolCode schoolName level } returning { staffNo name schoolCode schoolName fromSchoolCode level rotationEnd }
  yearPlans { year rotations hires retirements returning yearCost budgetCap }`;
const YEAR_PLAN = `query($id: ID!, $year: Int) { scenario(id: $id) { plan(year: $year) { ${PLAN} } } }`;

async function solve(input: Record<string, unknown>): Promise<string> {
  const created = await api.post(`mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`, { input: { countyCode: COUNTY, timeLimitSeconds: 20, ...input } }, planner);
  expect(created.body.errors).toBeUndefined();
  const id = created.body.data!.createScenario.id as string;
  await api.post(`mutation($id: ID!) { runScenario(id: $id) { status } }`, { id }, planner);
  const deadline = Date.now() + 240_000;
  for (;;) {
    const sc = (await api.post(`query($id: ID!) { scenario(id: $id) { status error } }`, { id }, planner)).body.data!.scenario;
    if (sc.status === 'SOLVED') return id;
    if (sc.status === 'FAILED' || Date.now() > deadline) throw new Error(`scenario ${sc.status}: ${sc.error}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function yearPlan(id: string, year: number | undefined, token = planner): Promise<Record<string, any>> {
  const res = await api.post(YEAR_PLAN, { id, year }, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.scenario.plan;
}

async function download(id: string, file: string): Promise<Response> {
  return fetch(`${api.url.replace('/graphql', '')}/exports/scenarios/${id}/${file}`, { headers: { authorization: `Bearer ${hr}` } });
}

/** The data rows of an exported XLSX list (row 1 the title, row 2 the headings), by heading. */
async function xlsxRows(res: Response): Promise<{ title: string; rows: Array<Record<string, unknown>> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.worksheets[0]!;
  const headings = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
  const rows: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push(Object.fromEntries(headings.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return { title: String(sheet.getRow(1).getCell(1).value), rows };
}

/** The rows of an exported CSV list (UTF-8 with BOM; our cells hold no commas or quotes here), by heading. */
function csvRows(text: string): Array<Record<string, string>> {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [head, ...lines] = text.slice(1).trim().split('\r\n');
  const headings = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [headings[i]!, v])));
}

beforeAll(async () => {
  api = await startTestApi({
    data: generateDemoCounty({ seed: 3, schools: 30, year: 2027 }),
    env: { PLAN_YEAR: '2027' },
    jobs: {
      enqueueRun: async (id, timeLimit) => void (await enqueueScenarioRun(boss, id, timeLimit)),
      enqueueCostCurve: async (id, steps) => void (await enqueueCostCurve(boss, id, steps, 20)),
    },
  });
  boss = await startJobQueue({ connectionString: api.db.url, maintenanceIntervalSeconds: 1 });
  stopWorker = await startScenarioWorker(boss, api.db.dataSource, { pollingIntervalSeconds: 0.5 });
  planner = await api.token('PLANNER', COUNTY);
  hr = await api.token('HR', COUNTY, 2);
  multiId = await solve({ name: '三年方案', years: 3, yearBudgetCaps: [800_000, 1_800_000, 2_800_000] });
  singleId = await solve({ name: '一年方案', budgetCap: 800_000 });
}, 600_000);

afterAll(async () => {
  await stopWorker();
  await boss.stop({ graceful: false, timeout: 2000 });
  await api.close();
});

describe('Scenario.plan(year): each year of a multi-year plan in the plan\'s own shape', () => {
  it('without a year the plan is as always (the first year); the first year asked by its year is the same plan', async () => {
    const plain = await yearPlan(multiId, undefined);
    const first = await yearPlan(multiId, 2027);
    expect(plain.year).toBe(2027);
    expect(plain.years).toEqual([2027, 2028, 2029]);
    expect(first).toEqual(plain);
    expect(plain.retirements).toEqual([]);
    expect(plain.returning).toEqual([]);
    expect(plain.sections.length).toBeGreaterThan(0);
  });

  it('a later year gives that year\'s own lists, cost, check, sections and retirements, matching its summary', async () => {
    const first = await yearPlan(multiId, 2027);
    for (const [k, year] of [[1, 2028], [2, 2029]] as const) {
      const plan = await yearPlan(multiId, year);
      const summary = plan.yearPlans[k];
      expect(plan.year).toBe(year);
      expect(plan.rotations.length).toBe(summary.rotations);
      expect(plan.hires.reduce((a: number, h: { count: number }) => a + h.count, 0)).toBe(summary.hires);
      expect(plan.retirements.length).toBe(summary.retirements);
      expect(plan.returning.length).toBe(summary.returning);
      expect(plan.check.passes).toBe(true);
      expect(summary.yearCost).toBeLessThanOrEqual(summary.budgetCap);
      // The year's own section indicators, before and after its plan (stored by the job per year).
      expect(plan.sections.length).toBeGreaterThan(0);
      expect(plan.balanceAfter.length).toBeGreaterThan(0);
      // The budget sweep is of the first year only.
      expect(plan.costCurve).toBeNull();
    }
    const second = await yearPlan(multiId, 2028);
    expect(second.rotations.map((r: { staffNo: string }) => r.staffNo)).not.toEqual(first.rotations.map((r: { staffNo: string }) => r.staffNo));
    const schoolsOf = (p: Record<string, any>) => new Set([...p.sections.map((s: { schoolCode: string }) => s.schoolCode)]);
    for (const r of [...second.retirements, ...(await yearPlan(multiId, 2029)).retirements]) {
      expect(schoolsOf(second).has(r.schoolCode)).toBe(true);
      expect(r.schoolName).toBeTruthy();
      expect(r.name).toBeNull(); // a planner sees no names
    }
  });

  it('each year\'s sections are that year\'s county: teachers before and after differ by the year\'s own hires and recalls', async () => {
    const q = `query($id: ID!, $year: Int) { scenario(id: $id) { plan(year: $year) { hires { count } recalls { staffNo } sections { before { teachers } after { teachers } } } } }`;
    const totals: number[] = [];
    for (const year of [2027, 2028, 2029]) {
      const plan = (await api.post(q, { id: multiId, year }, planner)).body.data!.scenario.plan;
      const before = plan.sections.reduce((a: number, s: { before: { teachers: number } }) => a + s.before.teachers, 0);
      const after = plan.sections.reduce((a: number, s: { after: { teachers: number } }) => a + s.after.teachers, 0);
      expect(after - before).toBe(plan.hires.reduce((a: number, h: { count: number }) => a + h.count, 0) + plan.recalls.length);
      totals.push(before);
    }
    // Later years start from a different county (retirements gone, earlier hires teaching), not the first year's.
    expect(new Set(totals).size).toBe(3);
  });

  it('HR sees the retiring and returning teachers\' names; a planner only their staff numbers', async () => {
    const years = [2028, 2029];
    const asHr = await Promise.all(years.map((y) => yearPlan(multiId, y, hr)));
    const retired = asHr.flatMap((p) => p.retirements);
    expect(retired.length).toBeGreaterThan(0);
    for (const r of retired) {
      expect(r.name).toMatch(/\S/);
      expect(['PRIMARY', 'JUNIOR', 'SENIOR']).toContain(r.level);
    }
    for (const r of asHr.flatMap((p) => p.returning)) expect(r.name).toMatch(/\S/);
  });

  it('refuses a year the plan does not span, naming the year and the plan\'s years', async () => {
    const res = await api.post(YEAR_PLAN, { id: multiId, year: 2031 }, planner);
    const error = res.body.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(error.message).toContain('2031');
    expect(error.message).toContain('2027、2028、2029');
  });

  it('a one-year plan is unchanged: its own year answers it, any other is refused', async () => {
    const plain = await yearPlan(singleId, undefined);
    expect(plain.years).toEqual([2027]);
    expect(plain.yearPlans).toEqual([]);
    expect(await yearPlan(singleId, 2027)).toEqual(plain);
    const res = await api.post(YEAR_PLAN, { id: singleId, year: 2028 }, planner);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(res.body.errors![0]!.message).toContain('方案的年份为 2027');
  });

  it('a viewer cannot read a year\'s plan', async () => {
    const viewer = await api.token('VIEWER', COUNTY, 3);
    const res = await api.post(YEAR_PLAN, { id: multiId, year: 2028 }, viewer);
    expect(res.body.data?.scenario ?? null).toBeNull();
    expect(res.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('HR\'s lists per year', () => {
  it('the rotation list of ?year=2028 is that year\'s rotations, not the first year\'s; without a year, the first', async () => {
    const [first, second] = await Promise.all([yearPlan(multiId, 2027, hr), yearPlan(multiId, 2028, hr)]);
    const staff = (p: Record<string, any>) => p.rotations.map((r: { staffNo: string }) => r.staffNo).sort();
    const res2028 = await download(multiId, 'rotations.xlsx?year=2028');
    expect(res2028.status).toBe(200);
    expect(decodeURIComponent(res2028.headers.get('content-disposition')!)).toContain('-2028-');
    const list2028 = await xlsxRows(res2028);
    expect(list2028.title).toContain('2028年');
    expect(list2028.rows.map((r) => String(r['工号'])).sort()).toEqual(staff(second));
    const listDefault = await xlsxRows(await download(multiId, 'rotations.xlsx'));
    expect(listDefault.title).toContain('2027年');
    expect(listDefault.rows.map((r) => String(r['工号'])).sort()).toEqual(staff(first));
    expect(staff(second)).not.toEqual(staff(first));
  });

  it('the hiring list (CSV) of each year has that year\'s posts per school', async () => {
    for (const year of [2027, 2028, 2029]) {
      const plan = await yearPlan(multiId, year, hr);
      const res = await download(multiId, `hires.csv?year=${year}`);
      expect(res.status).toBe(200);
      const rows = csvRows(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()));
      const posts = (pairs: Array<[string, number]>) => [...pairs.reduce((m, [s, n]) => m.set(s, (m.get(s) ?? 0) + n), new Map<string, number>())].sort();
      expect(posts(rows.map((r) => [r['学校标识码']!, Number(r['岗位数'])]))).toEqual(posts(plan.hires.map((h: { schoolCode: string; count: number }) => [h.schoolCode, h.count])));
    }
    const audit = await api.db.dataSource.getRepository(AuditLogEntity).findBy({ action: 'EXPORT_LIST', target: multiId });
    expect(audit.map((a) => (a.details as { year: number }).year)).toEqual(expect.arrayContaining([2027, 2028, 2029]));
  });

  it('a year the plan does not span, or no year at all, is refused with a clear error', async () => {
    const outside = await download(multiId, 'rotations.xlsx?year=2031');
    expect(outside.status).toBe(400);
    const body = await outside.json() as { error: { code: string; message: string; field?: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain('2027、2028、2029');
    const garbage = await download(multiId, 'hires.csv?year=abc');
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { error: { message: string } }).error.message).toContain('年份无效');
    expect((await download(singleId, 'rotations.csv?year=2028')).status).toBe(400);
    const document = await download(multiId, 'notice.docx?year=2028');
    expect(document.status).toBe(400);
    expect(((await document.json()) as { error: { field: string } }).error.field).toBe('year');
    expect((await download(singleId, 'rotations.csv?year=2027')).status).toBe(200);
  });
});
