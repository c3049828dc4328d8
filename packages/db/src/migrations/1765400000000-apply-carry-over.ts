import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An applied plan carries into the year: the posts its hires fill are earmarked (post_earmark, one row
 * a post, released when a roster adds the hired teacher) instead of the never-read open_posts counter;
 * its class splits are the sections' planned classes for the plan year (planned_class).
 */
export class ApplyCarryOver1765400000000 implements MigrationInterface {
  name = 'ApplyCarryOver1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "post_earmark" (
      "id" SERIAL NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "school_code" character varying(20) NOT NULL,
      "level" character varying(10) NOT NULL,
      "subject_group" character varying(10) NOT NULL,
      "education" character varying(30) NOT NULL,
      "year" integer NOT NULL,
      "scenario_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_post_earmark" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_post_earmark_school" ON "post_earmark" ("school_code", "level")`);
    await q.query(`CREATE INDEX "ix_post_earmark_county" ON "post_earmark" ("county_code")`);
    await q.query(`CREATE TABLE "planned_class" (
      "school_code" character varying(20) NOT NULL,
      "level" character varying(10) NOT NULL,
      "year" integer NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "classes_before" integer NOT NULL,
      "classes" integer NOT NULL,
      "scenario_id" uuid,
      CONSTRAINT "pk_planned_class" PRIMARY KEY ("school_code", "level", "year"))`);
    await q.query(`CREATE INDEX "ix_planned_class_county" ON "planned_class" ("county_code", "year")`);
    await q.query(`ALTER TABLE "staffing_quota" DROP COLUMN "open_posts"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "staffing_quota" ADD "open_posts" integer NOT NULL DEFAULT 0`);
    await q.query(`DROP TABLE "planned_class"`);
    await q.query(`DROP TABLE "post_earmark"`);
  }
}
