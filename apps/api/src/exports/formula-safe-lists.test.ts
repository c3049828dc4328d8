import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFingerprint, generateDemoCounty, loadRegionData, PlanEntity, ScenarioEntity } from '@junheng/db';
import type { Plan, RegionData } from '@junheng/domain';
import { exportRegionCsvFolder, exportRegionWorkbook, readRoster } from '@junheng/import';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { COUNTY_A } from '../test-support/fixture-region';

/** Names a spreadsheet would run as formulas; legitimate data for the importer. */
const HOSTILE_TEACHERS = ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1', '-2+3', '\t=1+2'];
const HOSTILE_SCHOOL = '=HYPERLINK("http://x","学校")';
const HOSTILE_TOWNSHIP = '@SUM(1+1)';
const HOSTILE_REASON = "=cmd|' /C calc'!A0";
/** What the database holds: the importer trims the tab, as it trims every cell. */
const STORED = ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1', '-2+3', '=1+2'];
const TRIGGER = /^[=+\-@\t\r]/;

let api: TestApi;
let base: string;
let dir: string;
let hr: string;
let scenarioId: string;
let region: RegionData;

function columnOf(sheet: ExcelJS.Worksheet, heading: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === heading) found = col;
  });
  if (!found) throw new Error(`no column ${heading} in ${sheet.name}`);
  return found;
}

/** HR's workbook with hostile text typed into cells (plain strings, as Excel stores typed text). */
async function hostileWorkbook(): Promise<Buffer> {
  const path = join(dir, 'hostile.xlsx');
  await exportRegionWorkbook(generateDemoCounty({ seed: 11, code: COUNTY_A, schools: 20, year: 2027 }), path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const teachers = wb.getWorksheet('教师')!;
  const name = columnOf(teachers, '姓名');
  HOSTILE_TEACHERS.forEach((n, i) => (teachers.getRow(i + 2).getCell(name).value = n));
  const schools = wb.getWorksheet('学校')!;
  schools.getRow(2).getCell(columnOf(schools, '学校名称')).value = HOSTILE_SCHOOL;
  schools.getRow(2).getCell(columnOf(schools, '乡镇')).value = HOSTILE_TOWNSHIP;
  await wb.xlsx.writeFile(path);
  return readFile(path);
}

async function storePlan(): Promise<string> {
  const ds = api.db.dataSource;
  const hostile = region.teachers.filter((t) => STORED.includes(t.name));
  const target = region.schools.find((s) => s.name !== HOSTILE_SCHOOL && !hostile.some((t) => t.schoolCode === s.code))!;
  const hostileSchool = region.schools.find((s) => s.name === HOSTILE_SCHOOL)!;
  const plan: Plan = {
    county: COUNTY_A, year: 2027, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
    rotations: hostile.map((t) => ({ staffNo: t.staffNo, fromSchool: t.schoolCode, toSchool: target.code, level: t.level, reason: HOSTILE_REASON, startDate: '2027-09-01', termYears: 3 })),
    hires: [{ schoolCode: hostileSchool.code, level: 'PRIMARY', subjectGroup: 'PE_ARTS', education: 'BACHELOR', count: 2, annualCost: -170000, extraQuota: 1 }],
    classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
    postTransfers: [{ fromSchool: hostileSchool.code, toSchool: target.code, posts: 2, reason: HOSTILE_REASON }],
    recalls: hostile.map((t) => ({ staffNo: t.staffNo, schoolCode: t.schoolCode, level: t.level, reason: HOSTILE_REASON, startDate: '2027-09-01' })),
  } as unknown as Plan;
  const scenario = await ds.getRepository(ScenarioEntity).save({ countyCode: COUNTY_A, year: 2027, name: '-方案+1', status: 'SOLVED', parameters: {} });
  await ds.getRepository(PlanEntity).save({ scenarioId: scenario.id, fingerprint: await dataFingerprint(ds, COUNTY_A), body: { plan } });
  return scenario.id;
}

beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace('/graphql', '');
  dir = await mkdtemp(join(tmpdir(), 'junheng-formula-safe-test-'));
  hr = await api.token('HR', COUNTY_A);
  const res = await fetch(`${base}/imports`, { method: 'POST', headers: { authorization: `Bearer ${hr}` }, body: await hostileWorkbook() });
  expect(res.status).toBe(200);
  region = await loadRegionData(api.db.dataSource, [COUNTY_A]);
  scenarioId = await storePlan();
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function download(file: string): Promise<Buffer> {
  const res = await fetch(`${base}/exports/scenarios/${scenarioId}/${file}`, { headers: { authorization: `Bearer ${hr}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Every cell of every sheet: its value and type. */
function cellsOf(wb: ExcelJS.Workbook): Array<{ sheet: string; row: number; col: number; value: unknown; type: ExcelJS.ValueType; formula: unknown }> {
  const out: ReturnType<typeof cellsOf> = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row, r) => row.eachCell((cell, c) => out.push({ sheet: ws.name, row: r, col: c, value: cell.value, type: cell.type, formula: cell.formula })));
  }
  return out;
}

function expectInert(cells: ReturnType<typeof cellsOf>): void {
  for (const c of cells) {
    expect(c.type, `${c.sheet}!R${c.row}C${c.col}`).not.toBe(ExcelJS.ValueType.Formula);
    expect(c.formula).toBeFalsy();
    if (typeof c.value === 'string') expect(c.value, `${c.sheet}!R${c.row}C${c.col}`).not.toMatch(TRIGGER);
  }
}

async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

async function readCsv(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.csv.read(Readable.from([body.toString('utf8').replace(/^\uFEFF/, '')]));
  return wb;
}

/** The cells of the column with this heading (heading in `headingRow`), below the heading. */
function column(wb: ExcelJS.Workbook, heading: string, headingRow: number): unknown[] {
  const ws = wb.worksheets[0]!;
  let col = 0;
  ws.getRow(headingRow).eachCell((cell, c) => {
    if (cell.value === heading) col = c;
  });
  expect(col, heading).toBeGreaterThan(0);
  const values: unknown[] = [];
  for (let r = headingRow + 1; r <= ws.rowCount; r++) values.push(ws.getRow(r).getCell(col).value);
  return values;
}

describe('formula-safe lists', () => {
  it('imports formula-like names as given (they are data)', () => {
    expect(region.teachers.filter((t) => STORED.includes(t.name)).map((t) => t.name).sort()).toEqual([...STORED].sort());
    expect(region.schools.some((s) => s.name === HOSTILE_SCHOOL && s.township === HOSTILE_TOWNSHIP)).toBe(true);
  });

  it('writes the rotation list, XLSX and CSV, with the names inert and the term a number', async () => {
    const xlsx = await readXlsx(await download('rotations.xlsx'));
    expectInert(cellsOf(xlsx));
    expect((column(xlsx, '姓名', 2) as string[]).sort()).toEqual(STORED.map((n) => `'${n}`).sort());
    expect(column(xlsx, '原学校', 2)).toContain(`'${HOSTILE_SCHOOL}`);
    expect(new Set(column(xlsx, '交流原因', 2))).toEqual(new Set([`'${HOSTILE_REASON}`]));
    expect(column(xlsx, '交流期限(年)', 2).every((v) => v === 3)).toBe(true);

    const csv = await readCsv(await download('rotations.csv'));
    expectInert(cellsOf(csv));
    expect((column(csv, '姓名', 1) as string[]).sort()).toEqual(STORED.map((n) => `'${n}`).sort());
    expect(column(csv, '交流期限(年)', 1).every((v) => v === 3)).toBe(true);
  });

  it('writes the hiring list with the school and township inert and negative amounts still numbers', async () => {
    const xlsx = await readXlsx(await download('hires.xlsx'));
    expectInert(cellsOf(xlsx));
    expect(column(xlsx, '学校', 2)).toEqual([`'${HOSTILE_SCHOOL}`]);
    expect(column(xlsx, '乡镇', 2)).toEqual([`'${HOSTILE_TOWNSHIP}`]);
    expect(column(xlsx, '岗位数', 2)).toEqual([2]);
    expect(column(xlsx, '年成本(元)', 2)).toEqual([-170000]);
    const csv = await readCsv(await download('hires.csv'));
    expectInert(cellsOf(csv));
    expect(column(csv, '学校', 1)).toEqual([`'${HOSTILE_SCHOOL}`]);
    expect(column(csv, '年成本(元)', 1)).toEqual([-170000]);
    expect(column(csv, '其中增编', 1)).toEqual([1]);
  });

  it('writes the post-transfer list (编制调剂表) with the school inert and the posts a number', async () => {
    const xlsx = await readXlsx(await download('post-transfers.xlsx'));
    expectInert(cellsOf(xlsx));
    expect(xlsx.worksheets[0]!.getRow(2).values).toEqual([undefined, '调出学校', '调入学校', '编制数', '原因']);
    expect(column(xlsx, '调出学校', 2)).toEqual([`'${HOSTILE_SCHOOL}`]);
    expect(column(xlsx, '编制数', 2)).toEqual([2]);
    expect(column(xlsx, '原因', 2)).toEqual([`'${HOSTILE_REASON}`]);
    const csv = await readCsv(await download('post-transfers.csv'));
    expectInert(cellsOf(csv));
    expect(column(csv, '调出学校', 1)).toEqual([`'${HOSTILE_SCHOOL}`]);
    expect(column(csv, '编制数', 1)).toEqual([2]);
  });

  it('writes the recall list (借调返校名单) with the names inert', async () => {
    const xlsx = await readXlsx(await download('recalls.xlsx'));
    expectInert(cellsOf(xlsx));
    expect(xlsx.worksheets[0]!.getRow(2).values).toEqual([undefined, '工号', '姓名', '学校', '学段', '原因', '返校日期']);
    expect((column(xlsx, '姓名', 2) as string[]).sort()).toEqual(STORED.map((n) => `'${n}`).sort());
    expect(new Set(column(xlsx, '返校日期', 2))).toEqual(new Set(['2027-09-01']));
    const csv = await readCsv(await download('recalls.csv'));
    expectInert(cellsOf(csv));
    expect((column(csv, '姓名', 1) as string[]).sort()).toEqual(STORED.map((n) => `'${n}`).sort());
    const bad = await fetch(`${base}/exports/scenarios/${scenarioId}/recall.xlsx`, { headers: { authorization: `Bearer ${hr}` } });
    expect([bad.status, ((await bad.json()) as { error: { message: string } }).error.message]).toEqual([404, expect.stringContaining('post-transfers')]);
  });

  it('writes the roster export (workbook and CSV) inert, numbers as numbers, and it imports back to the same names', async () => {
    const path = join(dir, 'roster.xlsx');
    await exportRegionWorkbook(region, path);
    const wb = await readXlsx(await readFile(path));
    expectInert(cellsOf(wb));
    const teachers = wb.getWorksheet('教师')!;
    const names: unknown[] = [];
    teachers.getColumn(columnOf(teachers, '姓名')).eachCell((c) => void names.push(c.value));
    for (const n of STORED) expect(names).toContain(`'${n}`);
    const costs: unknown[] = [];
    teachers.getColumn(columnOf(teachers, '年人员成本')).eachCell((c, row) => void (row > 1 && costs.push(c.value)));
    expect(costs.length).toBe(region.teachers.length);
    expect(costs.every((v) => typeof v === 'number')).toBe(true);

    const folder = join(dir, 'roster-csv');
    await exportRegionCsvFolder(region, folder);
    const teachersCsv = await readCsv(await readFile(join(folder, 'teachers.csv')));
    expectInert(cellsOf(teachersCsv));
    const csvNames = column(teachersCsv, '姓名', 1);
    for (const n of STORED) expect(csvNames).toContain(`'${n}`);

    for (const source of [path, folder]) {
      const back = await readRoster(source);
      expect(back.problems).toEqual([]);
      expect(back.data!.teachers.map((t) => t.name).sort()).toEqual(region.teachers.map((t) => t.name).sort());
      expect(back.data!.schools.find((s) => s.code === region.schools.find((x) => x.name === HOSTILE_SCHOOL)!.code)).toMatchObject({ name: HOSTILE_SCHOOL, township: HOSTILE_TOWNSHIP });
    }
  });
});
