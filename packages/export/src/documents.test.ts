import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { NATIONAL_STANDARD_SET, type Plan, type RegionData, type School, type Teacher } from '@junheng/domain';
import { documentFile, type DocumentMeta } from './index';

function school(code: string, name: string): School {
  return {
    code, name, countyCode: '431124', township: '城关镇', kind: 'PRIMARY', area: 'RURAL', weak: false, lat: 25.5, lon: 111.6, quota: 20,
    facilities: { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 },
  };
}

function teacher(staffNo: string, name: string, idNumber: string): Teacher {
  return {
    staffNo, name, gender: 'F', birthDate: '1985-03-02', idNumber, schoolCode: '4311240001', level: 'PRIMARY',
    subject: '音乐', education: 'BACHELOR', title: '一级', certificate: true, backbone: 'COUNTY', startedAtSchool: '2015-09',
    status: 'ACTIVE', annualCost: 90000,
  };
}

// Hostile names: markup that would break the XML if written raw, and formula-like text.
const XML_NAME = '</w:t><w:t>李&娟"\'';
const FORMULA_NAME = '=HYPERLINK("http://x","点我")';
const region: RegionData = {
  counties: [{ code: '431124', name: '道县' }],
  schools: [school('4311240001', '城关第一小学'), school('4311240002', '清塘镇中心小学'), school('4311240003', '<上关>村小学')],
  sections: [],
  teachers: [teacher('T001', XML_NAME, '431124198503020021'), teacher('T002', FORMULA_NAME, '43112419850302004X'), teacher('T003', '王芳', '431124198503020056')],
  budgets: [],
  costTables: [],
};

const points = (total: number) => ({ total, parts: [{ code: 'YEARS_AT_SCHOOL' as const, label: '在校12年，超过6年的6年×1分', points: 6 }, { code: 'BACKBONE' as const, label: '县级骨干', points: total - 6 }] });
const rotation = (staffNo: string, toSchool: string, total: number) => ({
  staffNo, fromSchool: '4311240001', toSchool, level: 'PRIMARY' as const, reason: 'Q3', startDate: '2027-09-01', termYears: 3, points: points(total),
});
const plan: Plan = {
  county: '431124', year: 2027, backend: 'highs', status: 'OPTIMAL', gap: 0,
  cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
  rotations: [rotation('T001', '4311240002', 8), rotation('T002', '4311240003', 9), rotation('T003', '4311240002', 7)],
  hires: [{ schoolCode: '4311240003', level: 'PRIMARY', subjectGroup: 'PE_ARTS', education: 'BACHELOR', count: 2, annualCost: 170000 }],
  classSplits: [{ schoolCode: '4311240002', level: 'PRIMARY', classesBefore: 6, classesAfter: 8, classroomsBuilt: 1, teachersNeeded: 4 }],
  shortfalls: [],
  check: { passes: true, violations: [] },
};
const meta: DocumentMeta = {
  countyName: '道县', year: 2027, issuer: '道县教育局', numberPattern: '道教发〔{year}〕{n}号', serial: 12, date: '2027-08-20',
  pointsRule: NATIONAL_STANDARD_SET.rotationPoints, noticeDays: 5, noticeFrom: '2027-08-21', noticeTo: '2027-08-27',
};

async function parts(body: Buffer): Promise<{ document: string; text: string; footers: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(body);
  const document = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  // The text a reader sees: every <w:t> run, XML entities decoded.
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('')
    .replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
  return { document, text, footers, zip };
}

/** The text of each table row, cells joined by |. */
function tableRows(document: string): string[] {
  return [...document.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((m) =>
    [...(m[1] ?? m[2]!).matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('|'));
}

describe('official documents (.docx, GB/T 9704 layout)', () => {
  it('the final document: red issuer mark, 文号, title, body, attachments note, signature and date, A4 margins, fonts', async () => {
    const file = await documentFile('rotation-document', plan, region, meta);
    expect(file.filename).toBe('道县-2027-交流轮岗文件.docx');
    expect(file.number).toBe('道教发〔2027〕12号');
    const { document, text, footers } = await parts(file.body);
    // 发文机关标志 in red 小标宋, first in the document.
    expect(document).toMatch(/<w:rFonts[^>]*w:eastAsia="方正小标宋简体"[^>]*\/>.*?<w:color w:val="FF0000"\/>.*?<w:t[^>]*>道县教育局文件<\/w:t>/s);
    expect(text.indexOf('道县教育局文件')).toBe(0);
    // then the 文号 over a red line, the title, the recipient, the body
    expect(text).toContain('道教发〔2027〕12号关于2027年度义务教育学校教师交流轮岗的通知各乡镇（街道）中心学校，县直各学校：');
    expect(document).toMatch(/<w:bottom w:val="single" w:color="FF0000"[^>]*\/>/);
    expect(text).toContain('交流轮岗教师3人，新招聘教师2名，增设班级2个');
    expect(text).toContain('附件：1. 交流轮岗人员名单2. 教师招聘计划3. 增设班级安排');
    // signature (the seal's bookmark) and the date in Arabic numerals, then the 版记
    expect(document).toMatch(/<w:bookmarkStart w:name="印章位置" w:id="\d+"\/>.*?道县教育局<\/w:t>.*?<w:bookmarkEnd/s);
    expect(text).toContain('道县教育局2027年8月20日');
    expect(text).toContain('道县教育局办公室\t2027年8月20日印发');
    // A4 and the standard's margins (twips: 37 mm = 2098, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474)
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:eastAsia="黑体"');
    // page numbers "— n —" in odd and even footers
    expect(footers.length).toBe(2);
    for (const f of footers) expect(f).toMatch(/— <\/w:t>.*PAGE.*<w:t[^>]*> —/s);
    // attachment 1: rows by home school then points, names escaped, never an ID number
    const rows = tableRows(document);
    expect(rows[0]).toBe('序号|姓名|任教学科|原学校|交流学校|积分|交流期限');
    expect(rows.slice(1, 4)).toEqual([
      // raw XML: every special character escaped, the formula-like name with a quote in front
      '1|&apos;=HYPERLINK(&quot;http://x&quot;,&quot;点我&quot;)|音乐|城关第一小学|&lt;上关&gt;村小学|9|3年',
      '2|&lt;/w:t&gt;&lt;w:t&gt;李&amp;娟&quot;&apos;|音乐|城关第一小学|清塘镇中心小学|8|3年',
      '3|王芳|音乐|城关第一小学|清塘镇中心小学|7|3年',
    ]);
    expect(rows).toContain('1|&lt;上关&gt;村小学|小学|体育艺术|本科及以上|2');
    expect(rows).toContain('1|清塘镇中心小学|小学|6|8|1|4');
    for (const t of region.teachers) expect(document).not.toContain(t.idNumber);
  });

  it('the notice: each teacher\'s points with their parts, the rule in words and the window; no ID numbers', async () => {
    const file = await documentFile('notice', plan, region, { ...meta, serial: null });
    expect(file.filename).toBe('道县-2027-交流轮岗公示名单.docx');
    // No serial number yet: the place stays blank for the office to fill in.
    expect(file.number).toBe('道教发〔2027〕\u3000\u3000号');
    const { document, text } = await parts(file.body);
    expect(text.startsWith('道县教育局道教发〔2027〕')).toBe(true);
    expect(text).toContain('关于2027年度义务教育学校教师交流轮岗人员名单的公示');
    expect(text).toContain('在现学校任教超过6年的，每满1年计1分');
    expect(text).toContain('公示期为5个工作日（2027-08-21至2027-08-27）');
    const rows = tableRows(document);
    expect(rows[0]).toBe('序号|姓名|任教学科|原学校|交流学校|积分|积分构成');
    expect(rows[3]).toBe('3|王芳|音乐|城关第一小学|清塘镇中心小学|7|在校年限 +6；骨干教师 +1');
    // A hardship is printed as 困难情形, never its kind.
    const ill = { ...plan, rotations: [{ ...plan.rotations[2]!, points: { total: 2, parts: [...plan.rotations[2]!.points!.parts, { code: 'HARDSHIP_ILLNESS' as const, label: '困难情形：疾病', points: -5 }] } }] };
    const illDoc = await parts((await documentFile('notice', ill, region, meta)).body);
    expect(tableRows(illDoc.document)[1]).toBe('1|王芳|音乐|城关第一小学|清塘镇中心小学|2|在校年限 +6；骨干教师 +1；困难情形 -5');
    expect(illDoc.text).not.toContain('疾病');
    for (const t of region.teachers) expect(document).not.toContain(t.idNumber);
    expect(document).not.toContain('T001');
  });

  it('says so when a plan has no rotations, hires or splits', async () => {
    const empty: Plan = { ...plan, rotations: [], hires: [], classSplits: [] };
    const { text } = await parts((await documentFile('rotation-document', empty, region, meta)).body);
    expect(text).toContain('本方案无交流轮岗人员。');
    expect(text).toContain('本方案无新增教师招聘。');
    expect(text).toContain('本方案无增设班级。');
  });
});
