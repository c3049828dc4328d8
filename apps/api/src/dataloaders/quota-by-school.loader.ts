import DataLoader from 'dataloader';
import { StaffingQuotaEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

export function createQuotaBySchoolLoader(ds: DataSource): DataLoader<string, StaffingQuotaEntity | null> {
  return new DataLoader(async (codes) => {
    const rows = await ds.getRepository(StaffingQuotaEntity).find({ where: { schoolCode: In([...codes]) } });
    return oneByKey(codes, rows, (r) => r.schoolCode);
  });
}
