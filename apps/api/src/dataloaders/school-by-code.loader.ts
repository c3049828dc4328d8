import DataLoader from 'dataloader';
import { SchoolEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

export function createSchoolByCodeLoader(ds: DataSource): DataLoader<string, SchoolEntity | null> {
  return new DataLoader(async (codes) => {
    const rows = await ds.getRepository(SchoolEntity).find({ where: { code: In([...codes]) } });
    return oneByKey(codes, rows, (r) => r.code);
  });
}
