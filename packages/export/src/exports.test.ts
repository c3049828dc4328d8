import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan, RegionData, School, Teacher } from '@junheng/domain';
import { hiringList, rotationList, writeCsv, writeXlsx } from './index';

function school(code: string, name: string, township: string): School {
  return {
    code, name, countyCode: '431124', township, kind: 'PRIMARY', area: 'RURAL', weak: false, lat: 25.5, lon: 111.6, quota: 20,
    facilities: { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 },
  };
}

function teacher(staffNo: string, name: string, schoolCode: string): Teacher {
  return {
    staffNo, name, gender: 'F', birthDate: '1985-03-02', idNumber: '431124198503020021', schoolCode, level: 'PRIMARY',
    subject: '音乐', education: 'BACHELOR', title: '一级', certificate: true, backbone: 'COUNTY', startedAtSchool: '2015-09',
    status: 'ACTIVE', annualCost: 90000,
  };
}

const region: RegionData = {
  counties: [{ code: '431124', name: '道县' }],
  schools: [school('4311240001', '城关第一小学', '城关镇'), school('4311240002', '清塘镇中心小学', '清塘镇'), school('4311240003', '上关村小学', '上关乡')],
  sections: [],
  teachers: [teacher('T001', '李娟, "小李"', '4311240001'), teacher('T002', '王芳', '4311240001')],
  budgets: [],
  costTables: [],
};

const plan: Plan = {
  county: '431124', year: 2027, backend: 'highs', status: 'OPTIMAL', gap: 0,
  cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
  rotations: [
    { staffNo: 'T001', fromSchool: '4311240001', toSchool: '4311240002', level: 'PRIMARY', reason: 'Q3 at 清塘镇中心小学', startDate: '2027-09-01', termYears: 3,
      points: { total: 5.5, parts: [{ code: 'YEARS_AT_SCHOOL', label: '在校12年，超过6年的6年×0.5分', points: 3 }, { code: 'BACKBONE', label: '县级骨干', points: 2 }, { code: 'AGE', label: '年龄42岁（其他年龄段）', points: 0.5 }] } },
    { staffNo: 'T002', fromSchool: '4311240001', toSchool: '4311240003', level: 'PRIMARY', reason: 'Q2 at 上关村小学', startDate: '2027-09-01', termYears: 3 },
  ],
  hires: [{
    schoolCode: '4311240003', level: 'PRIMARY', subjectGroup: 'PE_ARTS', education: 'BACHELOR', count: 2, annualCost: 170000, extraQuota: 1,
    belowMinimum: false, reason: '补足体育艺术教师（Q3）：上关村小学', indicator: 'Q3', certificateRequired: true,
  }],
  classSplits: [],
  shortfalls: [],
  check: { passes: true, violations: [] },
};
const meta = { countyName: '道县', year: 2027, scenarioName: '预算500万' };

describe('rotation list', () => {
  it('writes a workbook with a title, frozen Chinese headings, a full sheet and one per receiving township', async () => {
    const buffer = await writeXlsx(rotationList(plan, region, meta));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['交流名单', '清塘镇', '上关乡']);
    const full = workbook.getWorksheet('交流名单')!;
    expect(full.getCell('A1').value).toBe('道县 2027年 教师交流轮岗名单（方案：预算500万）');
    expect(full.getRow(2).values).toEqual([undefined, '工号', '姓名', '任教学科', '骨干等级', '积分', '原学校', '交流学校', '起始日期', '交流期限(年)', '交流原因']);
    expect(full.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(full.rowCount).toBe(4);
    // Sorted by receiving township in pinyin order: 清塘镇 (qing) before 上关乡 (shang).
    expect(full.getRow(3).getCell(1).value).toBe('T001');
    expect(full.getRow(3).getCell(5).value).toBe(5.5);
    expect(full.getRow(3).getCell(7).value).toBe('清塘镇中心小学');
    expect(full.getRow(4).getCell(4).value).toBe('县级');
    expect(workbook.getWorksheet('清塘镇')!.rowCount).toBe(3);
  });

  it('never exports national ID numbers', async () => {
    const csv = writeCsv(rotationList(plan, region, meta)).toString('utf8');
    const xlsx = await writeXlsx(rotationList(plan, region, meta));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(csv).not.toContain('431124198503020021');
    expect(cells.join('|')).not.toContain('431124198503020021');
  });

  it('writes CSV as UTF-8 with a byte-order mark and quotes fields that need it', () => {
    const bytes = writeCsv(rotationList(plan, region, meta));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('工号,姓名,任教学科,骨干等级,积分,原学校,交流学校,起始日期,交流期限(年),交流原因');
    expect(lines[1]).toBe('T001,"李娟, ""小李""",音乐,县级,5.5,城关第一小学,清塘镇中心小学,2027-09-01,3,Q3 at 清塘镇中心小学');
  });
});

describe('hiring list', () => {
  it('lists posts per school with the extra quota they use, the certificate they require and why', async () => {
    const list = hiringList(plan, region, meta);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(list)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('招聘计划')!;
    expect(sheet.getRow(3).values).toEqual([undefined, '4311240003', '上关村小学', '上关乡', '小学', '体育艺术（体育、音乐、美术）', '本科', 2, 1, 170000, '小学教师资格', '补足体育艺术教师（Q3）：上关村小学', '']);
  });
});

describe('formula-safe lists', () => {
  const hostile: RegionData = {
    ...region,
    schools: region.schools.map((s, i) => (i === 2 ? { ...s, name: '=HYPERLINK("http://x","y")', township: '@SUM(1+1)' } : s)),
    teachers: [teacher('T001', '-2+3', '4311240001'), teacher('T002', '\t=1+2', '4311240001')],
  };

  it('writes formula-like text with a quote in front, in CSV and XLSX, and numbers as numbers', async () => {
    const lines = writeCsv(rotationList(plan, hostile, meta)).toString('utf8').slice(1).trimEnd().split('\r\n');
    const line = (staffNo: string) => lines.find((l) => l.startsWith(`${staffNo},`));
    expect(line('T001')).toBe("T001,'-2+3,音乐,县级,5.5,城关第一小学,清塘镇中心小学,2027-09-01,3,Q3 at 清塘镇中心小学");
    expect(line('T002')).toContain(`,'\t=1+2,`);
    expect(line('T002')).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(hiringList(plan, hostile, meta))) as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('招聘计划')!.getRow(3);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.values).toEqual([undefined, '4311240003', `'=HYPERLINK("http://x","y")`, "'@SUM(1+1)", '小学', '体育艺术（体育、音乐、美术）', '本科', 2, 1, 170000, '小学教师资格', '补足体育艺术教师（Q3）：上关村小学', '']);
    expect([7, 8, 9].map((c) => row.getCell(c).type)).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
    expect(row.getCell(9).value).toBe(170000);
  });
});
