import type { Plan, RegionData } from '@junheng/domain';
import type { HrList, ListMeta } from './hr-list';

export interface PostTransferListRow {
  fromSchool: string;
  toSchool: string;
  toTownship: string;
  posts: number;
  reason: string;
}

/**
 * The post-transfer list (编制调剂表) of a plan: vacant posts moved between the county's schools
 * (统筹编制, 县管校聘), by receiving township and school. One sheet; a plan without transfers gives headings only.
 */
export function postTransferList(plan: Plan, region: RegionData, meta: ListMeta): HrList<PostTransferListRow> {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = (plan.postTransfers ?? []).map((t): PostTransferListRow => {
    const to = schools.get(t.toSchool);
    return {
      fromSchool: schools.get(t.fromSchool)?.name ?? t.fromSchool,
      toSchool: to?.name ?? t.toSchool,
      toTownship: to?.township ?? '',
      posts: t.posts,
      reason: t.reason,
    };
  });
  rows.sort((a, b) => a.toTownship.localeCompare(b.toTownship, 'zh') || a.toSchool.localeCompare(b.toSchool, 'zh') || a.fromSchool.localeCompare(b.fromSchool, 'zh'));
  return {
    title: `${meta.countyName} ${meta.year}年 编制调剂表（方案：${meta.scenarioName}）`,
    sheetName: '编制调剂表',
    columns: [
      { heading: '调出学校', width: 24, value: (r) => r.fromSchool },
      { heading: '调入学校', width: 24, value: (r) => r.toSchool },
      { heading: '编制数', width: 8, value: (r) => r.posts },
      { heading: '原因', width: 40, value: (r) => r.reason },
    ],
    rows,
  };
}
