import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each change of a school's staffing quota (编制变动记录): applied plans' post transfers and extra quota, imports. */
export class QuotaChange1765500000000 implements MigrationInterface {
  name = 'QuotaChange1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "quota_change" (
      "id" SERIAL NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "school_code" character varying(20) NOT NULL,
      "posts_before" integer NOT NULL,
      "posts_after" integer NOT NULL,
      "change" integer NOT NULL,
      "source" character varying(20) NOT NULL,
      "scenario_id" uuid,
      "other_school_code" character varying(20),
      "username" character varying(64) NOT NULL,
      "reason" text NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_quota_change" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_quota_change_school" ON "quota_change" ("school_code", "at")`);
    await q.query(`CREATE INDEX "ix_quota_change_county" ON "quota_change" ("county_code", "at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "quota_change"`);
  }
}
