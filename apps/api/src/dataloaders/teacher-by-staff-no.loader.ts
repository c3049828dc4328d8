import DataLoader from 'dataloader';
import { TeacherEntity } from '@junheng/db';
import type { DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

/** Teachers by `countyCode:staffNo` (staff numbers are unique within a county), one statement per batch. */
export function createTeacherByStaffNoLoader(ds: DataSource): DataLoader<string, TeacherEntity | null> {
  return new DataLoader(async (keys) => {
    const pairs = keys.map((k) => k.split(':') as [string, string]);
    const rows = await ds
      .getRepository(TeacherEntity)
      .createQueryBuilder('t')
      .where('(t.county_code, t.staff_no) IN (SELECT * FROM unnest(:counties::varchar[], :staffNos::varchar[]))', {
        counties: pairs.map((p) => p[0]),
        staffNos: pairs.map((p) => p[1]),
      })
      .getMany();
    return oneByKey(keys, rows, (r) => `${r.countyCode}:${r.staffNo}`);
  });
}
