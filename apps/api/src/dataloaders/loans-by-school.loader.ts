import DataLoader from 'dataloader';
import { TeacherEntity } from '@junheng/db';
import type { PlanRotation } from '@junheng/domain';
import type { DataSource } from 'typeorm';

/** A teacher on rotation (交流轮岗) as the roster records it, seen from one of the two schools. */
export interface SchoolLoan {
  /** IN: on loan into the school (it is `school_code`); OUT: the school keeps the post (`home_school_code`). */
  direction: 'IN' | 'OUT';
  teacher: TeacherEntity;
  /** The rotation of the applied plan that moved the teacher (start date, term, reason), if one did. */
  applied: PlanRotation | null;
}

interface AppliedRow {
  countyCode: string;
  rotation: PlanRotation;
}

const appliedKey = (countyCode: string, staffNo: string, from: string | null, to: string) => `${countyCode}|${staffNo}|${from ?? ''}|${to}`;

/**
 * Teachers on loan into or out of each school, with the applied plan's rotation behind each: one
 * statement for the teachers of the whole batch, and one for the rotations of the applied plans of their
 * counties (only when someone is on loan).
 */
export function createLoansBySchoolLoader(ds: DataSource): DataLoader<string, SchoolLoan[]> {
  return new DataLoader(async (codes) => {
    const teachers = await ds
      .getRepository(TeacherEntity)
      .createQueryBuilder('t')
      .where('t.home_school_code IS NOT NULL AND t.home_school_code <> t.school_code')
      .andWhere('(t.school_code = ANY(:codes) OR t.home_school_code = ANY(:codes))', { codes: [...codes] })
      .orderBy('t.staff_no', 'ASC')
      .getMany();
    const applied = new Map<string, PlanRotation>();
    if (teachers.length > 0) {
      // The latest applied plan that moved the teacher between these two schools.
      const rows: AppliedRow[] = await ds.query(
        `SELECT DISTINCT ON (sc.county_code, r->>'staffNo', r->>'fromSchool', r->>'toSchool') sc.county_code AS "countyCode", r AS rotation
           FROM scenario sc
           JOIN plan p ON p.scenario_id = sc.id
           CROSS JOIN LATERAL jsonb_array_elements(p.body->'plan'->'rotations') AS r
          WHERE sc.status = 'APPLIED' AND sc.county_code = ANY($1) AND r->>'staffNo' = ANY($2)
          ORDER BY sc.county_code, r->>'staffNo', r->>'fromSchool', r->>'toSchool', sc.updated_at DESC`,
        [[...new Set(teachers.map((t) => t.countyCode))], [...new Set(teachers.map((t) => t.staffNo))]],
      );
      for (const r of rows) applied.set(appliedKey(r.countyCode, r.rotation.staffNo, r.rotation.fromSchool, r.rotation.toSchool), r.rotation);
    }
    const bySchool = new Map<string, SchoolLoan[]>(codes.map((c) => [c, []]));
    for (const teacher of teachers) {
      const rotation = applied.get(appliedKey(teacher.countyCode, teacher.staffNo, teacher.homeSchoolCode, teacher.schoolCode)) ?? null;
      bySchool.get(teacher.schoolCode)?.push({ direction: 'IN', teacher, applied: rotation });
      bySchool.get(teacher.homeSchoolCode!)?.push({ direction: 'OUT', teacher, applied: rotation });
    }
    return codes.map((c) => bySchool.get(c) ?? []);
  });
}
