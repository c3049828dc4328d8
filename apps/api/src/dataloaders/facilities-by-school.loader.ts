import DataLoader from 'dataloader';
import { SchoolFacilitiesEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

export function createFacilitiesBySchoolLoader(ds: DataSource): DataLoader<string, SchoolFacilitiesEntity | null> {
  return new DataLoader(async (codes) => {
    const rows = await ds.getRepository(SchoolFacilitiesEntity).find({ where: { schoolCode: In([...codes]) } });
    return oneByKey(codes, rows, (r) => r.schoolCode);
  });
}
