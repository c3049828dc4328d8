import type { Plan, RegionData, BackboneLevel } from '@junheng/domain';
import type { HrList, ListMeta } from './hr-list';

const BACKBONE_ZH: Record<BackboneLevel, string> = { NONE: '无', COUNTY: '县级', CITY: '市级', PROVINCE: '省级' };

export interface RotationListRow {
  staffNo: string;
  name: string;
  subject: string;
  backbone: string;
  /** 积分: the published rotation points (empty for a plan computed before points existed). */
  points: number | '';
  fromSchool: string;
  toSchool: string;
  toTownship: string;
  startDate: string;
  termYears: number;
  reason: string;
}

/**
 * The rotation list (交流轮岗名单) of a plan, with names and subjects from the roster.
 * National ID numbers are never part of it.
 */
export function rotationList(plan: Plan, region: RegionData, meta: ListMeta): HrList<RotationListRow> {
  const teachers = new Map(region.teachers.map((t) => [t.staffNo, t]));
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = plan.rotations.map((r): RotationListRow => {
    const teacher = teachers.get(r.staffNo);
    const to = schools.get(r.toSchool);
    return {
      staffNo: r.staffNo,
      name: teacher?.name ?? '',
      subject: teacher?.subject ?? '',
      backbone: BACKBONE_ZH[teacher?.backbone ?? 'NONE'],
      points: r.points?.total ?? '',
      fromSchool: schools.get(r.fromSchool)?.name ?? r.fromSchool,
      toSchool: to?.name ?? r.toSchool,
      toTownship: to?.township ?? '',
      startDate: r.startDate,
      termYears: r.termYears,
      reason: r.reason,
    };
  });
  rows.sort((a, b) => a.toTownship.localeCompare(b.toTownship, 'zh') || a.toSchool.localeCompare(b.toSchool, 'zh') || a.staffNo.localeCompare(b.staffNo));
  return {
    title: `${meta.countyName} ${meta.year}年 教师交流轮岗名单（方案：${meta.scenarioName}）`,
    sheetName: '交流名单',
    columns: [
      { heading: '工号', width: 12, value: (r) => r.staffNo },
      { heading: '姓名', width: 10, value: (r) => r.name },
      { heading: '任教学科', width: 10, value: (r) => r.subject },
      { heading: '骨干等级', width: 10, value: (r) => r.backbone },
      { heading: '积分', width: 8, value: (r) => r.points },
      { heading: '原学校', width: 24, value: (r) => r.fromSchool },
      { heading: '交流学校', width: 24, value: (r) => r.toSchool },
      { heading: '起始日期', width: 12, value: (r) => r.startDate },
      { heading: '交流期限(年)', width: 12, value: (r) => r.termYears },
      { heading: '交流原因', width: 36, value: (r) => r.reason },
    ],
    rows,
    groupBy: (r) => r.toTownship || '未知乡镇',
  };
}
