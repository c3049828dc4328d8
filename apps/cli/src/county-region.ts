import { listCounties, loadRegionData, standardSetOfRegion } from '@junheng/db';
import type { County, RegionData, StandardSet } from '@junheng/domain';
import { CliError } from './cli-error';

type DataSourceLike = Parameters<typeof loadRegionData>[0];

/**
 * The data of counties that must exist in the database (an unknown code is the user's error, exit 1),
 * with the standard set they are judged by: one county's own (or its city's), or for several counties
 * their city's, as the API and the scenario jobs use them.
 */
export async function loadKnownCounties(ds: DataSourceLike, codes: readonly string[]): Promise<{ counties: County[]; data: RegionData; standardSet: StandardSet }> {
  const known = new Map((await listCounties(ds)).map((c) => [c.code, c]));
  const missing = codes.filter((code) => !known.has(code));
  if (missing.length > 0) {
    throw new CliError(
      `未知的区县代码：${missing.join('、')}（先用 junheng import 或 junheng demo 导入数据）`,
      `unknown county code ${missing.join(', ')} (load data first with junheng import or junheng demo)`,
    );
  }
  const counties = codes.map((code) => known.get(code)!);
  const region = counties.length === 1 ? counties[0]!.code : (counties[0]!.cityCode ?? counties[0]!.code);
  return { counties, data: await loadRegionData(ds, codes), standardSet: (await standardSetOfRegion(ds, region)).set };
}
