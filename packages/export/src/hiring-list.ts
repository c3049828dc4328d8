import { LEVEL_LABELS_ZH, type Education, type Level, type Plan, type RegionData, type SubjectGroup } from '@junheng/domain';
import type { HrList, ListMeta } from './hr-list';

const CERTIFICATE_ZH: Record<Level, string> = { PRIMARY: '小学教师资格', JUNIOR: '初级中学教师资格', SENIOR: '高级中学教师资格' };
const GROUP_ZH: Record<SubjectGroup, string> = { CORE: '语数英', PE_ARTS: '体育艺术（体育、音乐、美术）', OTHER: '其他学科' };
const EDUCATION_ZH: Record<Education, string> = {
  SECONDARY_VOCATIONAL: '中专', HIGH_SCHOOL: '高中', ASSOCIATE: '大专', BACHELOR: '本科', MASTER: '硕士研究生', DOCTORATE: '博士研究生',
};

export interface HiringListRow {
  schoolCode: string;
  school: string;
  township: string;
  level: string;
  subjectGroup: string;
  education: string;
  posts: number;
  extraQuota: number;
  annualCost: number;
  /** 教师资格: the certificate the post requires (a level's certificate, or none stated). */
  certificate: string;
  /** 招聘原因: which indicator of the school the posts serve. */
  reason: string;
  /** 低于最低学历 when the scenario allowed it; empty otherwise. */
  note: string;
}

/** The hiring list (招聘计划): posts to open per school, subject group and education. */
export function hiringList(plan: Plan, region: RegionData, meta: ListMeta): HrList<HiringListRow> {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = plan.hires.map((h): HiringListRow => {
    const school = schools.get(h.schoolCode);
    return {
      schoolCode: h.schoolCode,
      school: school?.name ?? h.schoolCode,
      township: school?.township ?? '',
      level: LEVEL_LABELS_ZH[h.level],
      subjectGroup: GROUP_ZH[h.subjectGroup],
      education: EDUCATION_ZH[h.education],
      posts: h.count,
      extraQuota: h.extraQuota ?? 0,
      annualCost: h.annualCost,
      certificate: h.certificateRequired ? CERTIFICATE_ZH[h.level] : '',
      reason: h.reason ?? '',
      note: h.belowMinimum ? '低于最低学历要求（方案允许）' : '',
    };
  });
  rows.sort((a, b) => a.township.localeCompare(b.township, 'zh') || a.school.localeCompare(b.school, 'zh'));
  return {
    title: `${meta.countyName} ${meta.year}年 新教师招聘计划（方案：${meta.scenarioName}）`,
    sheetName: '招聘计划',
    columns: [
      { heading: '学校标识码', width: 14, value: (r) => r.schoolCode },
      { heading: '学校', width: 24, value: (r) => r.school },
      { heading: '乡镇', width: 12, value: (r) => r.township },
      { heading: '学段', width: 8, value: (r) => r.level },
      { heading: '学科类别', width: 22, value: (r) => r.subjectGroup },
      { heading: '学历要求', width: 12, value: (r) => r.education },
      { heading: '岗位数', width: 8, value: (r) => r.posts },
      { heading: '其中增编', width: 10, value: (r) => r.extraQuota },
      { heading: '年成本(元)', width: 14, value: (r) => r.annualCost },
      { heading: '教师资格要求', width: 16, value: (r) => r.certificate },
      { heading: '招聘原因', width: 30, value: (r) => r.reason },
      { heading: '备注', width: 22, value: (r) => r.note },
    ],
    rows,
    groupBy: (r) => r.township || '未知乡镇',
  };
}
