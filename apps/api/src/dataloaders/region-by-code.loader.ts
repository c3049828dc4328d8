import DataLoader from 'dataloader';
import { RegionEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

export function createRegionByCodeLoader(ds: DataSource): DataLoader<string, RegionEntity | null> {
  return new DataLoader(async (codes) => {
    const rows = await ds.getRepository(RegionEntity).find({ where: { code: In([...codes]) } });
    return oneByKey(codes, rows, (r) => r.code);
  });
}
