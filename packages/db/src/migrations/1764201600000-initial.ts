import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table, index and unique constraint of the entities (see the schema-diff test). */
export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "region" (
      "code" character varying(12) NOT NULL,
      "name" character varying(100) NOT NULL,
      "kind" character varying(10) NOT NULL,
      "parent_code" character varying(12),
      "data_version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "pk_region" PRIMARY KEY ("code"))`);
    await q.query(`CREATE INDEX "ix_region_parent" ON "region" ("parent_code")`);

    await q.query(`CREATE TABLE "school" (
      "code" character varying(20) NOT NULL,
      "name" character varying(100) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "township" character varying(100) NOT NULL,
      "kind" character varying(20) NOT NULL,
      "area" character varying(10) NOT NULL,
      "weak" boolean NOT NULL DEFAULT false,
      "education_group" character varying(100),
      "lat" double precision NOT NULL,
      "lon" double precision NOT NULL,
      CONSTRAINT "pk_school" PRIMARY KEY ("code"))`);
    await q.query(`CREATE INDEX "ix_school_county" ON "school" ("county_code")`);

    await q.query(`CREATE TABLE "school_facilities" (
      "school_code" character varying(20) NOT NULL,
      "floor_area_m2" numeric(14,2) NOT NULL,
      "sports_area_m2" numeric(14,2) NOT NULL,
      "equipment_yuan" numeric(16,2) NOT NULL,
      "multimedia_rooms" integer NOT NULL,
      CONSTRAINT "pk_school_facilities" PRIMARY KEY ("school_code"))`);

    await q.query(`CREATE TABLE "staffing_quota" (
      "school_code" character varying(20) NOT NULL,
      "posts" integer NOT NULL,
      "open_posts" integer NOT NULL DEFAULT 0,
      CONSTRAINT "pk_staffing_quota" PRIMARY KEY ("school_code"))`);

    await q.query(`CREATE TABLE "section" (
      "id" SERIAL NOT NULL,
      "school_code" character varying(20) NOT NULL,
      "level" character varying(10) NOT NULL,
      "students" integer NOT NULL,
      "classes" integer NOT NULL,
      "classes_56_plus" integer NOT NULL DEFAULT 0,
      "classes_66_plus" integer NOT NULL DEFAULT 0,
      CONSTRAINT "uq_section_school_level" UNIQUE ("school_code", "level"),
      CONSTRAINT "pk_section" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_section_school" ON "section" ("school_code")`);

    await q.query(`CREATE TABLE "teacher" (
      "id" SERIAL NOT NULL,
      "staff_no" character varying(32) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "name" character varying(50) NOT NULL,
      "gender" character varying(1) NOT NULL,
      "birth_date" character varying(10) NOT NULL,
      "id_number" character varying(18) NOT NULL,
      "school_code" character varying(20) NOT NULL,
      "level" character varying(10) NOT NULL,
      "subject" character varying(20) NOT NULL,
      "education" character varying(24) NOT NULL,
      "title" character varying(20) NOT NULL,
      "certificate" boolean NOT NULL,
      "backbone" character varying(10) NOT NULL,
      "started_at_school" character varying(7) NOT NULL,
      "status" character varying(10) NOT NULL,
      "annual_cost" numeric(12,2) NOT NULL,
      "preferred_schools" text array NOT NULL DEFAULT '{}',
      "home_township" character varying(100),
      CONSTRAINT "uq_teacher_county_staff_no" UNIQUE ("county_code", "staff_no"),
      CONSTRAINT "pk_teacher" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_teacher_county" ON "teacher" ("county_code")`);
    await q.query(`CREATE INDEX "ix_teacher_school" ON "teacher" ("school_code", "level")`);

    await q.query(`CREATE TABLE "budget_line" (
      "id" SERIAL NOT NULL,
      "year" integer NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "category" character varying(50) NOT NULL,
      "amount" numeric(16,2) NOT NULL,
      "committed" numeric(16,2) NOT NULL DEFAULT 0,
      CONSTRAINT "pk_budget_line" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_budget_county_year" ON "budget_line" ("county_code", "year")`);

    await q.query(`CREATE TABLE "cost_item" (
      "id" SERIAL NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "item" character varying(12) NOT NULL,
      "area" character varying(10),
      "education" character varying(24),
      "min_km" double precision,
      "amount" numeric(12,2) NOT NULL,
      CONSTRAINT "pk_cost_item" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_cost_item_county" ON "cost_item" ("county_code")`);

    await q.query(`CREATE TABLE "scenario" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "county_code" character varying(12) NOT NULL,
      "year" integer NOT NULL,
      "name" character varying(200) NOT NULL,
      "status" character varying(12) NOT NULL DEFAULT 'DRAFT',
      "parameters" jsonb NOT NULL,
      "progress" jsonb,
      "error" text,
      "created_by" character varying(64),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_scenario" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_scenario_county" ON "scenario" ("county_code")`);

    await q.query(`CREATE TABLE "plan" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "scenario_id" uuid NOT NULL,
      "fingerprint" character varying(64) NOT NULL,
      "body" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "uq_plan_scenario" UNIQUE ("scenario_id"),
      CONSTRAINT "pk_plan" PRIMARY KEY ("id"))`);

    await q.query(`CREATE TABLE "app_user" (
      "id" SERIAL NOT NULL,
      "username" character varying(64) NOT NULL,
      "display_name" character varying(100) NOT NULL,
      "password_hash" character varying(255) NOT NULL,
      "role" character varying(10) NOT NULL,
      "region_code" character varying(12) NOT NULL,
      CONSTRAINT "uq_app_user_username" UNIQUE ("username"),
      CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`);

    await q.query(`CREATE TABLE "audit_log" (
      "id" SERIAL NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "username" character varying(64) NOT NULL,
      "action" character varying(40) NOT NULL,
      "county_code" character varying(12),
      "target" character varying(200),
      "details" jsonb,
      CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_audit_county_at" ON "audit_log" ("county_code", "at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log', 'app_user', 'plan', 'scenario', 'cost_item', 'budget_line', 'teacher', 'section',
      'staffing_quota', 'school_facilities', 'school', 'region',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
