import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 普通教室数: a school's ordinary classrooms, optional. Spare rooms (classrooms minus classes) take class
 * splits; a school without the figure has none assumed spare.
 */
export class SchoolClassrooms1765300000000 implements MigrationInterface {
  name = 'SchoolClassrooms1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "school_facilities" ADD "classrooms" integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "school_facilities" DROP COLUMN "classrooms"`);
  }
}
