import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The five-year outlook's optional data: students per grade (年级) and expected first-year intake
 * (入学预测), both replaced with their county's roster.
 */
export class OutlookData1765800000000 implements MigrationInterface {
  name = 'OutlookData1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "section_grade" (
      "school_code" character varying(20) NOT NULL,
      "level" character varying(10) NOT NULL,
      "grade" integer NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "students" integer NOT NULL,
      CONSTRAINT "pk_section_grade" PRIMARY KEY ("school_code", "level", "grade"))`);
    await q.query(`CREATE INDEX "ix_section_grade_county" ON "section_grade" ("county_code")`);
    await q.query(`CREATE TABLE "intake_forecast" (
      "id" SERIAL NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "school_code" character varying(20),
      "township" character varying(50),
      "level" character varying(10) NOT NULL,
      "year" integer NOT NULL,
      "students" integer NOT NULL,
      CONSTRAINT "pk_intake_forecast" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_intake_forecast_county" ON "intake_forecast" ("county_code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "intake_forecast"`);
    await q.query(`DROP TABLE "section_grade"`);
  }
}
