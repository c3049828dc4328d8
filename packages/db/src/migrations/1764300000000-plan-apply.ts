import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What applying a plan records: a rotating teacher's home school and term end; a plan's cost curve. */
export class PlanApply1764300000000 implements MigrationInterface {
  name = 'PlanApply1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "teacher" ADD "home_school_code" character varying(20)`);
    await q.query(`ALTER TABLE "teacher" ADD "rotation_end" character varying(10)`);
    await q.query(`ALTER TABLE "plan" ADD "cost_curve" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan" DROP COLUMN "cost_curve"`);
    await q.query(`ALTER TABLE "teacher" DROP COLUMN "rotation_end"`);
    await q.query(`ALTER TABLE "teacher" DROP COLUMN "home_school_code"`);
  }
}
