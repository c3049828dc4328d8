import DataLoader from 'dataloader';
import { postSchoolCode, type Teacher } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** What the indicators and the post count need to know about a teacher: no personal data. */
export type StaffRow = Pick<Teacher, 'schoolCode' | 'homeSchoolCode' | 'level' | 'status' | 'education' | 'backbone' | 'subject'>;

export interface StaffLoaders {
  /** Every teacher teaching at the school (any status), visitors on rotation included: what the indicators count. */
  staffBySchool: DataLoader<string, StaffRow[]>;
  /**
   * Every teacher whose post (编制) the school holds: its own teachers, those out on rotation included,
   * visitors not. Answered from the staff loader's statement, never one of its own.
   */
  postHoldersBySchool: DataLoader<string, StaffRow[]>;
}

export function createStaffLoaders(ds: DataSource): StaffLoaders {
  // Teachers out on rotation from a school of a staff batch, by home school. A school is in one batch
  // only (the loader caches it), so each of them is recorded once.
  const awayFrom = new Map<string, StaffRow[]>();
  const staffBySchool = new DataLoader<string, StaffRow[]>(async (codes) => {
    // Thousands of rows per page: selected straight into the shape the domain counts, no second copy.
    // The schools' teachers out on rotation come along (few rows, by ix_teacher_home_school).
    const staff: StaffRow[] = await ds.query(
      `SELECT school_code AS "schoolCode", home_school_code AS "homeSchoolCode", level, status, education, backbone, subject
         FROM teacher WHERE school_code = ANY($1) OR home_school_code = ANY($1)`,
      [[...codes]],
    );
    const batch = new Set(codes);
    for (const row of staff) {
      const home = row.homeSchoolCode;
      if (home && home !== row.schoolCode && batch.has(home)) (awayFrom.get(home) ?? awayFrom.set(home, []).get(home)!).push(row);
    }
    return groupByKey(codes, staff, (r) => r.schoolCode);
  });
  const postHoldersBySchool = new DataLoader<string, StaffRow[]>(async (codes) => {
    const teaching = await staffBySchool.loadMany(codes);
    return codes.map((code, i) => {
      const rows = teaching[i]!;
      if (rows instanceof Error) return rows;
      return [...rows.filter((r) => postSchoolCode(r) === code), ...(awayFrom.get(code) ?? [])];
    });
  });
  return { staffBySchool, postHoldersBySchool };
}
