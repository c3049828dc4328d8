import DataLoader from 'dataloader';
import { QuotaChangeEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** A school's quota changes (编制变动记录), newest first. */
export function createQuotaChangesBySchoolLoader(ds: DataSource): DataLoader<string, QuotaChangeEntity[]> {
  return new DataLoader(async (codes) => {
    const rows = await ds.getRepository(QuotaChangeEntity).find({ where: { schoolCode: In([...codes]) }, order: { at: 'DESC', id: 'DESC' } });
    return groupByKey(codes, rows, (r) => r.schoolCode);
  });
}
