import DataLoader from 'dataloader';
import type { Teacher } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** What the indicators need to know about a teacher: no personal data. */
export type StaffRow = Pick<Teacher, 'schoolCode' | 'level' | 'status' | 'education' | 'backbone' | 'subject'>;

/** Every teacher of the schools (any status), reduced to the fields the indicators count. */
export function createStaffBySchoolLoader(ds: DataSource): DataLoader<string, StaffRow[]> {
  return new DataLoader(async (codes) => {
    // Thousands of rows per page: selected straight into the shape the domain counts, no second copy.
    const staff: StaffRow[] = await ds.query(
      `SELECT school_code AS "schoolCode", level, status, education, backbone, subject FROM teacher WHERE school_code = ANY($1)`,
      [[...codes]],
    );
    return groupByKey(codes, staff, (r) => r.schoolCode);
  });
}
