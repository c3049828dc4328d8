import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** The codes of every school of the counties, in code order (for county aggregates). */
export function createSchoolCodesByCountyLoader(ds: DataSource): DataLoader<string, string[]> {
  return new DataLoader(async (counties) => {
    const rows: Array<{ code: string; county_code: string }> = await ds.query(
      `SELECT code, county_code FROM school WHERE county_code = ANY($1) ORDER BY code`,
      [[...counties]],
    );
    return groupByKey(counties, rows, (r) => r.county_code).map((list) => list.map((r) => r.code));
  });
}
