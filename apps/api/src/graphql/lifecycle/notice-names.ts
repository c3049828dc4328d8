import { SchoolEntity, TeacherEntity } from '@junheng/db';
import { In, type DataSource } from 'typeorm';

export interface NoticeNames {
  school(code: string): string;
  teacher(staffNo: string): { name: string; subject: string } | null;
}

/** School names of the counties and the names and subjects of these teachers: what a notice prints. */
export async function loadNoticeNames(ds: DataSource, countyCodes: readonly string[], staffNos: readonly string[]): Promise<NoticeNames> {
  const schools = await ds.getRepository(SchoolEntity).find({ where: { countyCode: In([...countyCodes]) }, select: { code: true, name: true } });
  const teachers = staffNos.length
    ? await ds.getRepository(TeacherEntity).find({
        where: { countyCode: In([...countyCodes]), staffNo: In([...new Set(staffNos)]) },
        select: { staffNo: true, name: true, subject: true },
      })
    : [];
  const schoolName = new Map(schools.map((s) => [s.code, s.name]));
  const teacher = new Map(teachers.map((t) => [t.staffNo, { name: t.name, subject: t.subject }]));
  return { school: (code) => schoolName.get(code) ?? code, teacher: (staffNo) => teacher.get(staffNo) ?? null };
}
