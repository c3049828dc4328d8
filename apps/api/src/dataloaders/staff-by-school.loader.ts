import DataLoader from 'dataloader';
import type { BackboneLevel, Education, Level, Teacher, TeacherStatus } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { groupByKey } from './group-by-key';

/** What the indicators need to know about a teacher: no personal data. */
export type StaffRow = Pick<Teacher, 'schoolCode' | 'level' | 'status' | 'education' | 'backbone' | 'subject'>;

/** Every teacher of the schools (any status), reduced to the fields the indicators count. */
export function createStaffBySchoolLoader(ds: DataSource): DataLoader<string, StaffRow[]> {
  return new DataLoader(async (codes) => {
    const rows: Array<{ school_code: string; level: Level; status: TeacherStatus; education: Education; backbone: BackboneLevel; subject: string }> =
      await ds.query(
        `SELECT school_code, level, status, education, backbone, subject FROM teacher WHERE school_code = ANY($1)`,
        [[...codes]],
      );
    const staff: StaffRow[] = rows.map((r) => ({
      schoolCode: r.school_code, level: r.level, status: r.status, education: r.education, backbone: r.backbone, subject: r.subject,
    }));
    return groupByKey(codes, staff, (r) => r.schoolCode);
  });
}
