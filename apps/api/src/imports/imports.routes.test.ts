import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, generateDemoCounty, TeacherEntity } from '@junheng/db';
import { exportRegionWorkbook } from '@junheng/import';
import type { RegionData } from '@junheng/domain';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { COUNTY_A } from '../test-support/fixture-region';

let api: TestApi;
let base: string;
let dir: string;
const county: RegionData = generateDemoCounty({ seed: 5, code: COUNTY_A, schools: 20, year: 2027 });

beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace('/graphql', '');
  dir = await mkdtemp(join(tmpdir(), 'junheng-imports-test-'));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function workbookOf(data: RegionData, name: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const path = join(dir, name);
  await exportRegionWorkbook(data, path);
  if (edit) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    edit(wb);
    await wb.xlsx.writeFile(path);
  }
  return readFile(path);
}

async function upload(body: Buffer, token: string, dryRun = false) {
  const res = await fetch(`${base}/imports${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('roster upload over HTTP', () => {
  it('reports every problem of a bad workbook and writes nothing', async () => {
    const hr = await api.token('HR', COUNTY_A);
    const before = await api.db.dataSource.getRepository(TeacherEntity).count();
    const bad = await workbookOf(county, 'bad.xlsx', (wb) => {
      const teachers = wb.getWorksheet('教师')!;
      teachers.getRow(2).getCell(5).value = 'not-a-date-column-shift';
      const sections = wb.getWorksheet('学段')!;
      sections.getRow(2).getCell(3).value = -5;
      sections.getRow(3).getCell(1).value = '9999999999';
    });
    const res = await upload(bad, hr);
    expect(res.status).toBe(422);
    expect(res.body.imported).toBe(false);
    expect(res.body.problems.length).toBeGreaterThanOrEqual(3);
    for (const p of res.body.problems) expect(p).toMatchObject({ sheet: expect.any(String), row: expect.any(Number), message: expect.any(String) });
    expect(await api.db.dataSource.getRepository(TeacherEntity).count()).toBe(before);
  });

  it('imports a valid workbook of a county in the region, with a dry run first', async () => {
    const hr = await api.token('HR', COUNTY_A);
    const good = await workbookOf(county, 'good.xlsx');
    const dry = await upload(good, hr, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ imported: false, dryRun: true, counties: [COUNTY_A] });
    const res = await upload(good, hr);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: true, counts: { teachers: county.teachers.length } });
    expect(await api.db.dataSource.getRepository(TeacherEntity).countBy({ countyCode: COUNTY_A })).toBe(county.teachers.length);
    expect(await api.db.dataSource.getRepository(AuditLogEntity).countBy({ action: 'IMPORT_ROSTER' })).toBe(1);
  });

  it('refuses other roles and counties outside the region', async () => {
    const good = await workbookOf(county, 'again.xlsx');
    expect((await upload(good, await api.token('PLANNER', COUNTY_A))).status).toBe(403);
    const other = await upload(good, await api.token('HR', '431102'));
    expect(other.status).toBe(422);
    expect(other.body.problems[0].message).toContain('不在您的管辖范围内');
  });

  it('serves the empty template', async () => {
    const res = await fetch(`${base}/imports/template.xlsx`, { headers: { authorization: `Bearer ${await api.token('HR', COUNTY_A)}` } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['学校', '学段', '教师', '经费']));
  });
});
