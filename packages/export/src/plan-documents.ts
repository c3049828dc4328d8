import { LEVEL_LABELS_ZH, 
  describeRotationPointsRule, formatDocumentNumber, publicRotationPoints, type Education, type Level, type Plan, type RegionData, type RotationPointsRule, type SubjectGroup,
 } from '@junheng/domain';
import type { DocumentAttachment, OfficialDocument } from './official-document';

const GROUP_ZH: Record<SubjectGroup, string> = { CORE: '语数英', PE_ARTS: '体育艺术', OTHER: '其他学科' };
const EDUCATION_ZH: Record<Education, string> = {
  SECONDARY_VOCATIONAL: '中专', HIGH_SCHOOL: '高中', ASSOCIATE: '大专及以上', BACHELOR: '本科及以上', MASTER: '硕士研究生及以上', DOCTORATE: '博士研究生',
};

/** What the two documents need besides the plan: who issues them, their number, and the dates. */
export interface DocumentMeta {
  countyName: string;
  year: number;
  /** 发文机关 (e.g. 道县教育局) and the region's 文号 pattern (e.g. 道教发〔{year}〕{n}号). */
  issuer: string;
  numberPattern: string;
  /** Serial number of the 文号; null leaves it blank for the office to fill in. */
  serial: number | null;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** The points rule in force (the plan's standard set), printed in the notice. */
  pointsRule: RotationPointsRule;
  /** The notice window in working days (default 5), and its dates when known (YYYY-MM-DD). */
  noticeDays?: number;
  noticeFrom?: string | null;
  noticeTo?: string | null;
}

/**
 * Rotation rows for the documents: names, schools, subject and points, never ID numbers. Ordered by
 * home school, then points (highest first), so colleagues of one school read their ranking together.
 */
function rotationAttachment(plan: Plan, region: RegionData, withParts: boolean): DocumentAttachment {
  const teachers = new Map(region.teachers.map((t) => [t.staffNo, t]));
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = plan.rotations
    .map((r) => ({ r, t: teachers.get(r.staffNo), from: schools.get(r.fromSchool)?.name ?? r.fromSchool, to: schools.get(r.toSchool)?.name ?? r.toSchool }))
    .sort((a, b) => a.from.localeCompare(b.from, 'zh') || (b.r.points?.total ?? 0) - (a.r.points?.total ?? 0) || a.r.staffNo.localeCompare(b.r.staffNo));
  // The public form: no age, title or kind of hardship is printed (a notice never tells who is ill).
  const parts = (x: (typeof rows)[number]) =>
    (x.r.points ? publicRotationPoints(x.r.points).parts : []).map((p) => `${p.label} ${p.points > 0 ? '+' : ''}${p.points}`).join('；');
  return {
    title: '交流轮岗人员名单',
    headings: ['序号', '姓名', '任教学科', '原学校', '交流学校', '积分', ...(withParts ? ['积分构成'] : ['交流期限'])],
    widths: withParts ? [5, 8, 7, 16, 16, 6, 30] : [5, 9, 8, 22, 22, 7, 9],
    rows: rows.map((x, i) => [
      i + 1, x.t?.name ?? x.r.staffNo, x.t?.subject ?? '', x.from, x.to, x.r.points?.total ?? '',
      withParts ? parts(x) : `${x.r.termYears}年`,
    ]),
    empty: '本方案无交流轮岗人员。',
  };
}

function hiringAttachment(plan: Plan, region: RegionData): DocumentAttachment {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = plan.hires
    .map((h) => ({ h, school: schools.get(h.schoolCode)?.name ?? h.schoolCode }))
    .sort((a, b) => a.school.localeCompare(b.school, 'zh') || a.h.level.localeCompare(b.h.level));
  return {
    title: '教师招聘计划',
    headings: ['序号', '学校', '学段', '学科类别', '学历要求', '岗位数'],
    widths: [5, 30, 7, 12, 14, 7],
    rows: rows.map((x, i) => [i + 1, x.school, LEVEL_LABELS_ZH[x.h.level], GROUP_ZH[x.h.subjectGroup], EDUCATION_ZH[x.h.education], x.h.count]),
    empty: '本方案无新增教师招聘。',
  };
}

function splitAttachment(plan: Plan, region: RegionData): DocumentAttachment {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  return {
    title: '增设班级安排',
    headings: ['序号', '学校', '学段', '现有班级数', '调整后班级数', '新建教室', '所需教师'],
    widths: [5, 28, 7, 10, 11, 9, 9],
    rows: plan.classSplits.map((s, i) => [
      i + 1, schools.get(s.schoolCode)?.name ?? s.schoolCode, LEVEL_LABELS_ZH[s.level], s.classesBefore, s.classesAfter, s.classroomsBuilt ?? 0, s.teachersNeeded ?? '',
    ]),
    empty: '本方案无增设班级。',
  };
}

function counts(plan: Plan): string {
  const hires = plan.hires.reduce((a, h) => a + h.count, 0);
  const classes = plan.classSplits.reduce((a, s) => a + s.classesAfter - s.classesBefore, 0);
  return `交流轮岗教师${plan.rotations.length}人，新招聘教师${hires}名，增设班级${classes}个`;
}

function noticeWindow(meta: DocumentMeta): string {
  const days = meta.noticeDays ?? 5;
  const dates = meta.noticeFrom && meta.noticeTo ? `（${meta.noticeFrom}至${meta.noticeTo}）` : '';
  return `公示期为${days}个工作日${dates}`;
}

/** 公示名单: the notice of the plan's rotations (with each teacher's points and their parts), hires and class splits. */
export function noticeDocument(plan: Plan, region: RegionData, meta: DocumentMeta): OfficialDocument {
  return {
    issuerMark: meta.issuer,
    number: formatDocumentNumber(meta.numberPattern, meta.year, meta.serial),
    title: `关于${meta.year}年度义务教育学校教师交流轮岗人员名单的公示`,
    body: [
      `根据县域义务教育优质均衡发展要求和教师交流轮岗有关规定，经研究，拟定${meta.countyName}${meta.year}年度教师交流轮岗方案：${counts(plan)}。现将拟交流轮岗人员名单、教师招聘计划和增设班级安排予以公示。`,
      `交流人员按公布的积分规则确定：${describeRotationPointsRule(meta.pointsRule)}每位拟交流教师的积分及其构成见附件1。`,
      `${noticeWindow(meta)}。公示期间，如对公示内容有异议，可由本人以书面形式向${meta.issuer}人事股反映，并提供相关证明材料。`,
    ],
    attachments: [rotationAttachment(plan, region, true), hiringAttachment(plan, region), splitAttachment(plan, region)],
    signature: meta.issuer,
    date: meta.date,
  };
}

/** 交流轮岗文件: the final document, with the rotation list, the hiring plan and the class splits attached. */
export function rotationDocument(plan: Plan, region: RegionData, meta: DocumentMeta): OfficialDocument {
  const start = plan.rotations[0];
  return {
    issuerMark: `${meta.issuer}文件`,
    number: formatDocumentNumber(meta.numberPattern, meta.year, meta.serial),
    title: `关于${meta.year}年度义务教育学校教师交流轮岗的通知`,
    recipient: '各乡镇（街道）中心学校，县直各学校',
    body: [
      `根据县域义务教育优质均衡发展要求和教师交流轮岗有关规定，经研究并公示，现将${meta.countyName}${meta.year}年度教师交流轮岗人员名单、教师招聘计划和增设班级安排印发给你们（${counts(plan)}），请遵照执行。`,
      start
        ? `交流轮岗教师自${start.startDate}起到交流学校任教，交流期限${start.termYears}年，编制保留在原学校。各校要做好交接工作，确保教育教学秩序稳定。`
        : '本年度无交流轮岗教师。',
    ],
    attachments: [rotationAttachment(plan, region, false), hiringAttachment(plan, region), splitAttachment(plan, region)],
    signature: meta.issuer,
    date: meta.date,
    imprint: { office: `${meta.issuer}办公室`, date: meta.date },
  };
}
