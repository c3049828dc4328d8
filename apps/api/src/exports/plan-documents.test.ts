import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, TeacherEntity } from '@junheng/db';
import type { RotationPoints } from '@junheng/domain';
import { COUNTY_A, COUNTY_B } from '../test-support/fixture-region';
import { planRotation, storeSolvedPlan } from '../test-support/stored-plan';
import { startTestApi, type TestApi } from '../test-support/test-api';

let api: TestApi;
let base: string;
let admin: string;
let hr: string;
let planner: string;
let otherAdmin: string;
let scenarioId: string;

const POINTS: RotationPoints = {
  total: 3,
  parts: [
    { code: 'YEARS_AT_SCHOOL', label: '在校12年，超过6年的6年×1分', points: 6 },
    { code: 'BACKBONE', label: '县级骨干', points: 2 },
    { code: 'HARDSHIP_ILLNESS', label: '困难情形：疾病', points: -5 },
  ],
};

beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace('/graphql', '');
  admin = await api.token('ADMIN', COUNTY_A, 1);
  hr = await api.token('HR', COUNTY_A, 2);
  planner = await api.token('PLANNER', COUNTY_A, 3);
  otherAdmin = await api.token('ADMIN', COUNTY_B, 4);
  const teachers = await api.db.dataSource.getRepository(TeacherEntity).find({ where: { countyCode: COUNTY_A }, order: { staffNo: 'ASC' }, take: 2 });
  const schools = [...new Set(teachers.map((t) => t.schoolCode))];
  const other = (await api.db.dataSource.query(`SELECT code FROM school WHERE county_code = $1 AND code <> ALL($2) ORDER BY code LIMIT 1`, [COUNTY_A, schools]))[0].code;
  scenarioId = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '方案甲', teachers.map((t, i) => planRotation(t.staffNo, t.schoolCode, other, i === 0 ? { points: POINTS } : {})));
});
afterAll(async () => {
  await api?.close();
});

/** The JSON of a GraphQL answer, as the tests read it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const b = (r: { body: unknown }): any => r.body;

const SETTINGS = 'regionCode issuer numberPattern example saved updatedBy';

describe('document settings (发文机关, 文号)', () => {
  it('default from the region name; ADMIN of the region saves them; bad input changes nothing', async () => {
    const read = await api.post(`{ documentSettings { ${SETTINGS} } }`, {}, hr);
    expect(b(read).data.documentSettings).toEqual({ regionCode: COUNTY_A, issuer: '甲县教育局', numberPattern: '甲教发〔{year}〕{n}号', example: '甲教发〔2026〕1号', saved: false, updatedBy: null });
    const save = `mutation($input: SaveDocumentSettingsInput!) { saveDocumentSettings(input: $input) { ${SETTINGS} } }`;
    const denied = await api.post(save, { input: { regionCode: COUNTY_A, issuer: '甲县教育局', numberPattern: '甲教人〔{year}〕{n}号' } }, hr);
    expect(b(denied).errors[0].extensions.code).toBe('FORBIDDEN');
    const outside = await api.post(save, { input: { regionCode: COUNTY_A, issuer: '乙', numberPattern: '乙〔{year}〕{n}号' } }, otherAdmin);
    expect(b(outside).errors[0].extensions.code).toBe('FORBIDDEN');
    const bad = await api.post(save, { input: { regionCode: COUNTY_A, issuer: '甲县教育局', numberPattern: '甲教人〔2026〕号' } }, admin);
    expect(b(bad).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'numberPattern' });
    expect(b(bad).errors[0].message).toContain('{year}');
    const ok = await api.post(save, { input: { regionCode: COUNTY_A, issuer: '甲县教育局', numberPattern: '甲教人〔{year}〕{n}号' } }, admin);
    expect(b(ok).data.saveDocumentSettings).toMatchObject({ numberPattern: '甲教人〔{year}〕{n}号', example: '甲教人〔2026〕1号', saved: true });
    expect(await api.db.dataSource.getRepository(AuditLogEntity).countBy({ action: 'SAVE_DOCUMENT_SETTINGS', target: COUNTY_A })).toBe(1);
  });
});

describe('rotation points in the API', () => {
  it('HR sees each part as computed; a planner sees the public form (no kind of hardship)', async () => {
    const q = `query($id: ID!) { scenario(id: $id) { plan { rotations { staffNo points { total parts { code label points } } } } } }`;
    const asHr = b(await api.post(q, { id: scenarioId }, hr)).data.scenario.plan.rotations;
    expect(asHr[0].points).toEqual(POINTS);
    expect(asHr[1].points).toBeNull();
    const asPlanner = b(await api.post(q, { id: scenarioId }, planner)).data.scenario.plan.rotations;
    expect(asPlanner[0].points).toEqual({
      total: 3,
      parts: [{ code: 'YEARS_AT_SCHOOL', label: '在校年限', points: 6 }, { code: 'BACKBONE', label: '骨干教师', points: 2 }, { code: 'HARDSHIP', label: '困难情形', points: -5 }],
    });
  });
});

describe('the points rule in the standard set', () => {
  it('is published in words and numbers', async () => {
    const set = b(await api.post(`{ standardSet { rotationPointsRule rotationPoints } }`, {}, planner)).data.standardSet;
    expect(set.rotationPointsRule).toContain('在现学校任教超过6年的，每满1年计1分');
    expect(JSON.parse(set.rotationPoints)).toMatchObject({ perYearAtSchool: 1, yearsFrom: 6, backbone: { COUNTY: 2, CITY: 3, PROVINCE: 4 } });
  });
});

describe('document exports', () => {
  const url = (file: string, query = '') => `${base}/exports/scenarios/${scenarioId}/${file}${query}`;

  it('the final document carries the region\'s 文号, the title and the rows, and no ID numbers; audited', async () => {
    const res = await fetch(url('rotation-document.docx', '?number=12&date=2026-08-20'), { headers: { authorization: `Bearer ${hr}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('甲县-2026-交流轮岗文件.docx');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('>甲县教育局文件<');
    expect(xml).toContain('>甲教人〔2026〕12号<');
    expect(xml).toContain('>关于2026年度义务教育学校教师交流轮岗的通知<');
    expect(xml).toContain('>2026年8月20日<');
    const names = await api.db.dataSource.getRepository(TeacherEntity).find({ where: { countyCode: COUNTY_A } });
    expect(xml).toContain('>教师1<');
    for (const t of names) expect(xml).not.toContain(t.idNumber);
    const audit = await api.db.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'EXPORT_DOCUMENT', target: scenarioId });
    expect(audit.details).toMatchObject({ document: 'rotation-document', number: '甲教人〔2026〕12号' });
  });

  it('the notice prints the points in public form; planners may not export; bad options are refused', async () => {
    const res = await fetch(url('notice.docx', '?number=3&date=2026-08-10&noticeFrom=2026-08-11&noticeTo=2026-08-17'), { headers: { authorization: `Bearer ${hr}` } });
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(xml).toContain('>甲教人〔2026〕3号<');
    expect(xml).toContain('在校年限 +6；骨干教师 +2；困难情形 -5');
    expect(xml).not.toContain('疾病');
    expect((await fetch(url('notice.docx'), { headers: { authorization: `Bearer ${planner}` } })).status).toBe(403);
    const bad = await fetch(url('notice.docx', '?number=abc'), { headers: { authorization: `Bearer ${hr}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: unknown }).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    expect((await fetch(url('notice.pdf'), { headers: { authorization: `Bearer ${hr}` } })).status).toBe(404);
  });
});
