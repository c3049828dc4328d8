import DataLoader from 'dataloader';
import { SchoolEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** Every school row of the counties, in code order (what the memo keeps for lists). */
export function createSchoolsByCountyLoader(ds: DataSource): DataLoader<string, SchoolEntity[]> {
  return new DataLoader(async (counties) => {
    const rows = await ds.getRepository(SchoolEntity).find({ where: { countyCode: In([...counties]) }, order: { code: 'ASC' } });
    return groupByKey(counties, rows, (r) => r.countyCode);
  });
}
