import DataLoader from 'dataloader';
import { TeacherEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

export function createTeacherByIdLoader(ds: DataSource): DataLoader<number, TeacherEntity | null> {
  return new DataLoader(async (ids) => {
    const rows = await ds.getRepository(TeacherEntity).find({ where: { id: In([...ids]) } });
    return oneByKey(ids, rows, (r) => r.id);
  });
}
