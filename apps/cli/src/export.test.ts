import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, generateDemoCounty, PlanEntity, replaceRegionData, ScenarioEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { DEFAULT_SCENARIO, type Plan, type RegionData } from '@junheng/domain';
import { runBuiltCli } from './test-support/run-built-cli';

const COUNTY = '431124';
const HEADINGS = ['工号', '姓名', '任教学科', '骨干等级', '积分', '原学校', '交流学校', '起始日期', '交流期限(年)', '交流原因'];
const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-cli-export-'));

async function workbookCells(path: string): Promise<{ workbook: ExcelJS.Workbook; text: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return { workbook, text: cells.join('\n') };
}

describe('junheng export (built CLI, child process, real PostgreSQL)', () => {
  let db: TestDatabase;
  let region: RegionData;
  let plan: Plan;
  let scenarioId: string;
  let unsolvedId: string;
  let leversId: string;
  const cli = (...args: string[]) => runBuiltCli(args, db.url);

  beforeAll(async () => {
    db = await createTestDatabase();
    region = generateDemoCounty({ seed: 1, schools: 25, year: 2027 });
    await replaceRegionData(db.dataSource, region);
    // A real plan, solved by the CLI and stored as a worker stores it (plan.body.plan).
    const planFile = join(tmp(), 'plan.json');
    const solve = await cli('solve', '--county', COUNTY, '--year', '2027', '--budget', '8000000', '--out', planFile);
    expect(solve.stderr).toBe('');
    expect(solve.code).toBe(0);
    plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
    expect(plan.rotations.length).toBeGreaterThanOrEqual(2);
    expect(plan.hires.length).toBeGreaterThanOrEqual(2);

    const scenarios = db.dataSource.getRepository(ScenarioEntity);
    const parameters = { ...DEFAULT_SCENARIO, countyCodes: [COUNTY], year: 2027, budgetCap: 3_000_000 };
    scenarioId = (await scenarios.save({ countyCode: COUNTY, year: 2027, name: '预算100万', status: 'SOLVED', parameters })).id;
    await db.dataSource.query(`INSERT INTO plan (scenario_id, fingerprint, body) VALUES ($1, $2, $3)`, [scenarioId, 'f'.repeat(64), JSON.stringify({ plan })]);
    expect(await db.dataSource.getRepository(PlanEntity).countBy({ scenarioId })).toBe(1);
    // The same plan with post transfers and recalls made by hand (the lists do not depend on the solver making them).
    const [a, b, c] = region.schools;
    const onLoan = region.teachers.filter((t) => t.status === 'ON_LOAN').slice(0, 2);
    expect(onLoan).toHaveLength(2);
    const levers: Plan = {
      ...plan,
      postTransfers: [
        { fromSchool: a!.code, toSchool: b!.code, posts: 2, reason: `调入空编 2 个：${b!.name}` },
        { fromSchool: a!.code, toSchool: c!.code, posts: 1, reason: `调入空编 1 个：${c!.name}` },
      ],
      recalls: onLoan.map((t) => ({ staffNo: t.staffNo, schoolCode: t.schoolCode, level: t.level, reason: '借调返校', startDate: '2027-09-01' })),
    };
    leversId = (await scenarios.save({ countyCode: COUNTY, year: 2027, name: '统筹编制', status: 'SOLVED', parameters })).id;
    await db.dataSource.query(`INSERT INTO plan (scenario_id, fingerprint, body) VALUES ($1, $2, $3)`, [leversId, 'f'.repeat(64), JSON.stringify({ plan: levers })]);
    unsolvedId = (await scenarios.save({ countyCode: COUNTY, year: 2027, name: '草稿', status: 'DRAFT', parameters })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('writes the rotation list as XLSX: title, Chinese headings, one row per rotation, no ID numbers; audited', async () => {
    const out = join(tmp(), 'rotations.xlsx');
    const run = await cli('export', '--scenario', scenarioId, '--format', 'xlsx', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${plan.rotations.length} 行 / ${plan.rotations.length} rows`);
    expect(run.stdout).toContain(out);

    const { workbook, text } = await workbookCells(out);
    const full = workbook.getWorksheet('交流名单')!;
    expect(full.getCell('A1').value).toBe('道县 2027年 教师交流轮岗名单（方案：预算100万）');
    expect((full.getRow(2).values as unknown[]).slice(1)).toEqual(HEADINGS);
    expect(full.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(full.rowCount).toBe(2 + plan.rotations.length);
    // Every rotation is there once, with the teacher's name, subject and the schools' names.
    const teachers = new Map(region.teachers.map((t) => [t.staffNo, t]));
    const schools = new Map(region.schools.map((s) => [s.code, s.name]));
    const rows = new Map<string, unknown[]>();
    for (let r = 3; r <= full.rowCount; r++) {
      const values = (full.getRow(r).values as unknown[]).slice(1);
      rows.set(String(values[0]), values);
    }
    expect([...rows.keys()].sort()).toEqual(plan.rotations.map((r) => r.staffNo).sort());
    for (const rotation of plan.rotations) {
      const teacher = teachers.get(rotation.staffNo)!;
      expect(rows.get(rotation.staffNo)).toEqual([
        rotation.staffNo, teacher.name, teacher.subject, expect.any(String), rotation.points!.total, schools.get(rotation.fromSchool), schools.get(rotation.toSchool),
        rotation.startDate, rotation.termYears, rotation.reason,
      ]);
    }
    // One sheet per receiving township as well as the full sheet.
    const townships = new Set(plan.rotations.map((r) => region.schools.find((s) => s.code === r.toSchool)!.township));
    expect(workbook.worksheets).toHaveLength(1 + townships.size);
    // No national ID number of any teacher anywhere in the workbook.
    for (const teacher of region.teachers) expect(text.includes(teacher.idNumber)).toBe(false);

    const audit = await db.dataSource.getRepository(AuditLogEntity).findBy({ action: 'EXPORT_LIST', target: scenarioId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: userInfo().username, countyCode: COUNTY, details: { list: 'rotations', format: 'xlsx', rows: plan.rotations.length, via: 'cli' } });
  });

  it('writes the rotation list and the hiring list as CSV: UTF-8 with BOM, Chinese headings, no ID numbers', async () => {
    const folder = tmp();
    const rotationsCsv = join(folder, 'rotations.csv');
    const hiresCsv = join(folder, 'hires.csv');
    const [rotations, hires] = await Promise.all([
      cli('export', '--scenario', scenarioId, '--format', 'csv', '--out', rotationsCsv),
      cli('export', '--scenario', scenarioId, '--format', 'CSV', '--list', 'hires', '--out', hiresCsv),
    ]);
    expect(rotations.code).toBe(0);
    expect(hires.code).toBe(0);
    expect(hires.stdout).toContain(`${plan.hires.length} rows`);

    const bytes = readFileSync(rotationsCsv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADINGS.join(','));
    expect(lines).toHaveLength(1 + plan.rotations.length);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(plan.rotations.map((r) => r.staffNo).sort());

    const hireBytes = readFileSync(hiresCsv);
    expect([...hireBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const hireLines = hireBytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(hireLines[0]).toBe('学校标识码,学校,乡镇,学段,学科类别,学历要求,岗位数,其中增编,年成本(元),教师资格要求,招聘原因,备注');
    expect(hireLines).toHaveLength(1 + plan.hires.length);
    const posts = hireLines.slice(1).reduce((n, l) => n + Number(l.split(',')[6]), 0);
    expect(posts).toBe(plan.hires.reduce((n, h) => n + h.count, 0));

    const text = bytes.toString('utf8') + hireBytes.toString('utf8');
    for (const teacher of region.teachers) expect(text.includes(teacher.idNumber)).toBe(false);

    const audit = await db.dataSource.getRepository(AuditLogEntity).findBy({ action: 'EXPORT_LIST', target: scenarioId });
    expect(audit.map((a) => a.details).filter((d) => d?.format === 'csv')).toEqual(
      expect.arrayContaining([
        { list: 'rotations', format: 'csv', rows: plan.rotations.length, year: 2027, via: 'cli' },
        { list: 'hires', format: 'csv', rows: plan.hires.length, year: 2027, via: 'cli' },
      ]),
    );
  });

  it('writes the post-transfer list (编制调剂表) and the recall list (借调返校名单), XLSX and CSV, with Chinese headings', async () => {
    const folder = tmp();
    const [transfersXlsx, recallsCsv] = [join(folder, 'transfers.xlsx'), join(folder, 'recalls.csv')];
    const [transfers, recalls] = await Promise.all([
      cli('export', '--scenario', leversId, '--format', 'xlsx', '--list', 'post-transfers', '--out', transfersXlsx),
      cli('export', '--scenario', leversId, '--format', 'csv', '--list', 'recalls', '--out', recallsCsv),
    ]);
    expect([transfers.code, transfers.stderr, recalls.code, recalls.stderr]).toEqual([0, '', 0, '']);
    expect(transfers.stdout).toContain('编制调剂表（方案：统筹编制），2 行 / 2 rows');
    const { workbook } = await workbookCells(transfersXlsx);
    const sheet = workbook.getWorksheet('编制调剂表')!;
    const [a, b, c] = region.schools;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['调出学校', '调入学校', '编制数', '原因']);
    const rows = [3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows).toEqual(expect.arrayContaining([[a!.name, b!.name, 2, `调入空编 2 个：${b!.name}`], [a!.name, c!.name, 1, `调入空编 1 个：${c!.name}`]]));

    const lines = readFileSync(recallsCsv).toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('工号,姓名,学校,学段,原因,返校日期');
    const onLoan = region.teachers.filter((t) => t.status === 'ON_LOAN').slice(0, 2);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(',')).sort()).toEqual(onLoan.map((t) => `${t.staffNo},${t.name}`).sort());
    for (const teacher of region.teachers) expect(lines.join('\n').includes(teacher.idNumber)).toBe(false);
    const audit = await db.dataSource.getRepository(AuditLogEntity).findBy({ action: 'EXPORT_LIST', target: leversId });
    expect(audit.map((x) => x.details)).toEqual(expect.arrayContaining([
      { list: 'post-transfers', format: 'xlsx', rows: 2, year: 2027, via: 'cli' }, { list: 'recalls', format: 'csv', rows: 2, year: 2027, via: 'cli' },
    ]));
  });

  it('exits 1 with a clear message on an unknown scenario, a scenario without plan, a bad format or list', async () => {
    const out = join(tmp(), 'x.xlsx');
    const [unknown, notUuid, unsolved, format, list, missing] = await Promise.all([
      cli('export', '--scenario', '00000000-0000-4000-8000-000000000000', '--format', 'xlsx', '--out', out),
      cli('export', '--scenario', 'abc', '--format', 'xlsx', '--out', out),
      cli('export', '--scenario', unsolvedId, '--format', 'xlsx', '--out', out),
      cli('export', '--scenario', scenarioId, '--format', 'pdf', '--out', out),
      cli('export', '--scenario', scenarioId, '--format', 'csv', '--list', 'teachers', '--out', out),
      cli('export', '--scenario', scenarioId, '--format', 'csv'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未知的方案 ID：00000000-0000-4000-8000-000000000000');
    expect(unknown.stderr).toContain('unknown scenario id 00000000-0000-4000-8000-000000000000');
    expect(notUuid.code).toBe(1);
    expect(notUuid.stderr).toContain('unknown scenario id abc');
    expect(unsolved.code).toBe(1);
    expect(unsolved.stderr).toContain('还没有求解结果');
    expect(unsolved.stderr).toContain('has no plan yet (status DRAFT)');
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('格式 format无效');
    expect(format.stderr).toContain('expected one of xlsx, csv, docx');
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('expected one of rotations, hires, post-transfers, recalls, notice, rotation-document');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--out');
    expect(() => readFileSync(out)).toThrow();
    const audit = await db.dataSource.getRepository(AuditLogEntity).countBy({ action: 'EXPORT_LIST', target: unsolvedId });
    expect(audit).toBe(0);
  });

  it('writes the notice and the final document as .docx with the county\'s default 文号, the rows and no ID numbers; audited', async () => {
    const folder = tmp();
    const [notice, doc, mismatch, badNumber] = await Promise.all([
      cli('export', '--scenario', scenarioId, '--format', 'docx', '--list', 'notice', '--number', '12', '--date', '2027-08-20', '--out', join(folder, 'notice.docx')),
      cli('export', '--scenario', scenarioId, '--format', 'docx', '--out', join(folder, 'doc.docx')),
      cli('export', '--scenario', scenarioId, '--format', 'xlsx', '--list', 'notice', '--out', join(folder, 'x.xlsx')),
      cli('export', '--scenario', scenarioId, '--format', 'docx', '--number', '0', '--out', join(folder, 'y.docx')),
    ]);
    expect(notice.stderr).toBe('');
    expect(notice.code).toBe(0);
    expect(notice.stdout).toContain('交流轮岗公示名单 道教发〔2027〕12号');
    expect(doc.code).toBe(0);
    // No --number: the serial is left blank for the office.
    expect(doc.stdout).toContain('道教发〔2027〕\u3000\u3000号');
    const xml = await (await JSZip.loadAsync(readFileSync(join(folder, 'notice.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('>道县教育局<');
    expect(xml).toContain('>道教发〔2027〕12号<');
    expect(xml).toContain('>关于2027年度义务教育学校教师交流轮岗人员名单的公示<');
    expect(xml).toContain('>2027年8月20日<');
    // One table row per rotation in attachment 1 (plus its heading), each with the teacher's points.
    const names = new Map(region.teachers.map((t) => [t.staffNo, t.name]));
    for (const r of plan.rotations) expect(xml).toContain(`>${names.get(r.staffNo)}<`);
    for (const teacher of region.teachers) expect(xml.includes(teacher.idNumber)).toBe(false);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('documents (notice, rotation-document) export as docx only');
    expect(badNumber.code).toBe(1);
    expect(badNumber.stderr).toContain('invalid --number "0"');
    const audit = await db.dataSource.getRepository(AuditLogEntity).findBy({ action: 'EXPORT_DOCUMENT', target: scenarioId });
    expect(audit.map((a) => a.details?.document).sort()).toEqual(['notice', 'rotation-document']);
  });
});
