import { LEVEL_LABELS_ZH, type Level, type Plan, type RegionData } from '@junheng/domain';
import type { HrList, ListMeta } from './hr-list';

export interface RecallListRow {
  staffNo: string;
  name: string;
  school: string;
  township: string;
  level: string;
  reason: string;
  startDate: string;
}

/**
 * The recall list (借调返校名单) of a plan: teachers on loan (借调) who return to their school on the
 * plan's start date, with names from the roster, by township and school. National ID numbers are never
 * part of it.
 */
export function recallList(plan: Plan, region: RegionData, meta: ListMeta): HrList<RecallListRow> {
  // A city's counties may repeat a staff number: the teacher of the recall's school.
  const teachers = new Map(region.teachers.map((t) => [`${t.schoolCode}:${t.staffNo}`, t]));
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = (plan.recalls ?? []).map((r): RecallListRow => {
    const school = schools.get(r.schoolCode);
    return {
      staffNo: r.staffNo,
      name: teachers.get(`${r.schoolCode}:${r.staffNo}`)?.name ?? '',
      school: school?.name ?? r.schoolCode,
      township: school?.township ?? '',
      level: LEVEL_LABELS_ZH[r.level],
      reason: r.reason,
      startDate: r.startDate,
    };
  });
  rows.sort((a, b) => a.township.localeCompare(b.township, 'zh') || a.school.localeCompare(b.school, 'zh') || a.staffNo.localeCompare(b.staffNo));
  return {
    title: `${meta.countyName} ${meta.year}年 借调教师返校名单（方案：${meta.scenarioName}）`,
    sheetName: '借调返校名单',
    columns: [
      { heading: '工号', width: 12, value: (r) => r.staffNo },
      { heading: '姓名', width: 10, value: (r) => r.name },
      { heading: '学校', width: 24, value: (r) => r.school },
      { heading: '学段', width: 8, value: (r) => r.level },
      { heading: '原因', width: 40, value: (r) => r.reason },
      { heading: '返校日期', width: 12, value: (r) => r.startDate },
    ],
    rows,
  };
}
