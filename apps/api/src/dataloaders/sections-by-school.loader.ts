import DataLoader from 'dataloader';
import { SectionEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

const LEVEL_ORDER = { PRIMARY: 0, JUNIOR: 1, SENIOR: 2 } as const;

export function createSectionsBySchoolLoader(ds: DataSource): DataLoader<string, SectionEntity[]> {
  return new DataLoader(async (codes) => {
    const rows = await ds.getRepository(SectionEntity).find({ where: { schoolCode: In([...codes]) } });
    rows.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    return groupByKey(codes, rows, (r) => r.schoolCode);
  });
}
