import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts held at a school include its teachers out on rotation (found by `home_school_code`): the staff
 * loader reads them with the school's own teachers in one statement, by index rather than by a scan.
 */
export class TeacherHomeSchoolIndex1764700000000 implements MigrationInterface {
  name = 'TeacherHomeSchoolIndex1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_teacher_home_school" ON "teacher" ("home_school_code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_teacher_home_school"`);
  }
}
