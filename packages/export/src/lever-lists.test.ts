import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan, RegionData, School, Teacher } from '@junheng/domain';
import { listFile, postTransferList, recallList, writeCsv, writeXlsx } from './index';

function school(code: string, name: string, township: string): School {
  return {
    code, name, countyCode: '431124', township, kind: 'PRIMARY', area: 'RURAL', weak: false, lat: 25.5, lon: 111.6, quota: 20,
    facilities: { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 },
  };
}
function teacher(staffNo: string, name: string, schoolCode: string): Teacher {
  return {
    staffNo, name, gender: 'F', birthDate: '1985-03-02', idNumber: '431124198503020021', schoolCode, level: 'PRIMARY',
    subject: '语文', education: 'BACHELOR', title: '一级', certificate: true, backbone: 'NONE', startedAtSchool: '2015-09',
    status: 'ON_LOAN', annualCost: 90000,
  };
}

const TOWN = '4311240001';
const CENTRE = '4311240002';
const VILLAGE = '4311240003';
const region = (names: [string, string, string] = ['城关第一小学', '清塘镇中心小学', '上关村小学'], teacherName = '李娟, "小李"'): RegionData => ({
  counties: [{ code: '431124', name: '道县' }],
  schools: [school(TOWN, names[0], '城关镇'), school(CENTRE, names[1], '清塘镇'), school(VILLAGE, names[2], '上关乡')],
  sections: [],
  teachers: [teacher('T001', teacherName, VILLAGE), teacher('T002', '王芳', CENTRE)],
  budgets: [],
  costTables: [],
});

const plan: Plan = {
  county: '431124', year: 2027, backend: 'highs', status: 'OPTIMAL', gap: 0,
  cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0, postTransfers: 0, recalls: 0 },
  rotations: [], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
  postTransfers: [
    { fromSchool: TOWN, toSchool: VILLAGE, posts: 3, reason: '调入空编 3 个，用于补足教职工编制缺口：上关村小学' },
    { fromSchool: TOWN, toSchool: CENTRE, posts: 1, reason: '调入空编 1 个，用于补足体育艺术教师：清塘镇中心小学' },
  ],
  recalls: [
    { staffNo: 'T001', schoolCode: VILLAGE, level: 'PRIMARY', reason: '借调返校，补足教职工（Q1）：上关村小学', indicator: 'Q1', startDate: '2027-09-01' },
    { staffNo: 'T002', schoolCode: CENTRE, level: 'PRIMARY', reason: '借调返校：清塘镇中心小学', startDate: '2027-09-01' },
  ],
};
const meta = { countyName: '道县', year: 2027, scenarioName: '统筹编制' };

async function workbookOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}
const csvLines = (bytes: Buffer) => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
};

describe('post-transfer list (编制调剂表)', () => {
  it('writes a workbook with a title, frozen Chinese headings and one row a transfer, by receiving township', async () => {
    const sheet = (await workbookOf(await writeXlsx(postTransferList(plan, region(), meta)))).getWorksheet('编制调剂表')!;
    expect(sheet.getCell('A1').value).toBe('道县 2027年 编制调剂表（方案：统筹编制）');
    expect(sheet.getRow(2).values).toEqual([undefined, '调出学校', '调入学校', '编制数', '原因']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // 清塘镇 (qing) before 上关乡 (shang).
    expect(sheet.getRow(3).values).toEqual([undefined, '城关第一小学', '清塘镇中心小学', 1, '调入空编 1 个，用于补足体育艺术教师：清塘镇中心小学']);
    expect(sheet.getRow(4).values).toEqual([undefined, '城关第一小学', '上关村小学', 3, '调入空编 3 个，用于补足教职工编制缺口：上关村小学']);
    expect(sheet.getRow(4).getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.rowCount).toBe(4);
  });

  it('writes CSV, and a file named for the list; a plan without transfers has headings only', async () => {
    expect(csvLines(writeCsv(postTransferList(plan, region(), meta)))).toEqual([
      '调出学校,调入学校,编制数,原因',
      '城关第一小学,清塘镇中心小学,1,调入空编 1 个，用于补足体育艺术教师：清塘镇中心小学',
      '城关第一小学,上关村小学,3,调入空编 3 个，用于补足教职工编制缺口：上关村小学',
    ]);
    const file = await listFile('post-transfers', 'csv', { ...plan, postTransfers: undefined }, region(), meta);
    expect([file.filename, file.rows, csvLines(file.body)]).toEqual(['道县-2027-编制调剂表.csv', 0, ['调出学校,调入学校,编制数,原因']]);
  });
});

describe('recall list (借调返校名单)', () => {
  it('writes a workbook and CSV with names from the roster, never ID numbers', async () => {
    const file = await listFile('recalls', 'xlsx', plan, region(), meta);
    expect([file.filename, file.rows]).toEqual(['道县-2027-借调返校名单.xlsx', 2]);
    const workbook = await workbookOf(file.body);
    const sheet = workbook.getWorksheet('借调返校名单')!;
    expect(sheet.getCell('A1').value).toBe('道县 2027年 借调教师返校名单（方案：统筹编制）');
    expect(sheet.getRow(2).values).toEqual([undefined, '工号', '姓名', '学校', '学段', '原因', '返校日期']);
    expect(sheet.getRow(3).values).toEqual([undefined, 'T002', '王芳', '清塘镇中心小学', '小学', '借调返校：清塘镇中心小学', '2027-09-01']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'T001', '李娟, "小李"', '上关村小学', '小学', '借调返校，补足教职工（Q1）：上关村小学', '2027-09-01']);
    const csv = writeCsv(recallList(plan, region(), meta));
    expect(csvLines(csv)[2]).toBe('T001,"李娟, ""小李""",上关村小学,小学,借调返校，补足教职工（Q1）：上关村小学,2027-09-01');
    const cells: string[] = [];
    workbook.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(`${csv.toString('utf8')}|${cells.join('|')}`).not.toContain('431124198503020021');
  });
});

describe('formula-safe lever lists', () => {
  const hostile = region(['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1'], '-2+3');

  it('writes formula-like names with a quote in front, in CSV and XLSX, and posts as numbers', async () => {
    expect(csvLines(writeCsv(postTransferList(plan, hostile, meta))).slice(1)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",'@SUM(1+1),1,调入空编 1 个，用于补足体育艺术教师：清塘镇中心小学`,
      `"'=HYPERLINK(""http://x"",""y"")",'+1,3,调入空编 3 个，用于补足教职工编制缺口：上关村小学`,
    ]);
    const transfers = (await workbookOf(await writeXlsx(postTransferList(plan, hostile, meta)))).getWorksheet('编制调剂表')!;
    expect(transfers.getRow(3).values).toEqual([undefined, `'=HYPERLINK("http://x","y")`, "'@SUM(1+1)", 1, '调入空编 1 个，用于补足体育艺术教师：清塘镇中心小学']);
    expect([1, 2, 3].map((c) => transfers.getRow(3).getCell(c).type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.Number]);
    const recalls = (await workbookOf(await writeXlsx(recallList(plan, hostile, meta)))).getWorksheet('借调返校名单')!;
    expect(recalls.getRow(4).values).toEqual([undefined, 'T001', "'-2+3", "'+1", '小学', '借调返校，补足教职工（Q1）：上关村小学', '2027-09-01']);
    expect(csvLines(writeCsv(recallList(plan, hostile, meta)))[2]).toBe("T001,'-2+3,'+1,小学,借调返校，补足教职工（Q1）：上关村小学,2027-09-01");
  });
});
