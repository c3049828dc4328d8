import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scenario's lifecycle past SOLVED (issue 12): its history (every transition, who, when, why), the
 * public notice (token and window), objections to it and their supplementary notices, the region's
 * notice window and holidays. Existing rows get one history line each: their status as it stands.
 */
export class ScenarioLifecycle1765600000000 implements MigrationInterface {
  name = 'ScenarioLifecycle1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "scenario_history" (
      "id" SERIAL NOT NULL,
      "scenario_id" uuid NOT NULL,
      "operation" character varying(20) NOT NULL,
      "from_status" character varying(12),
      "to_status" character varying(12) NOT NULL,
      "username" character varying(64),
      "reason" text,
      "details" jsonb,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_scenario_history" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_scenario_history_scenario" ON "scenario_history" ("scenario_id", "id")`);
    await q.query(`INSERT INTO "scenario_history" ("scenario_id", "operation", "from_status", "to_status", "username", "reason", "at")
      SELECT "id", 'migrate', NULL, "status", NULL, 'status before the lifecycle was recorded (记录生命周期前的状态)', "updated_at" FROM "scenario"`);
    await q.query(`CREATE TABLE "scenario_objection" (
      "id" SERIAL NOT NULL,
      "scenario_id" uuid NOT NULL,
      "staff_no" character varying(40) NOT NULL,
      "text" text NOT NULL,
      "evidence_file_name" character varying(200),
      "received_on" date NOT NULL,
      "recorded_by" character varying(64) NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "decision" character varying(10),
      "decision_reason" text,
      "decided_by" character varying(64),
      "decided_at" TIMESTAMP WITH TIME ZONE,
      "supplement" jsonb,
      CONSTRAINT "pk_scenario_objection" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_scenario_objection_scenario" ON "scenario_objection" ("scenario_id")`);
    await q.query(`CREATE TABLE "region_holiday" (
      "region_code" character varying(12) NOT NULL,
      "date" date NOT NULL,
      "name" character varying(100) NOT NULL,
      CONSTRAINT "pk_region_holiday" PRIMARY KEY ("region_code", "date"))`);
    await q.query(`ALTER TABLE "region" ADD "notice_window_days" integer`);
    await q.query(`ALTER TABLE "scenario" ADD "notice_token" character varying(64)`);
    await q.query(`ALTER TABLE "scenario" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "scenario" ADD "notice_ends_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "scenario" ADD "notice_working_days" integer`);
    await q.query(`CREATE UNIQUE INDEX "uq_scenario_notice_token" ON "scenario" ("notice_token")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_scenario_notice_token"`);
    for (const c of ['notice_working_days', 'notice_ends_at', 'published_at', 'notice_token']) await q.query(`ALTER TABLE "scenario" DROP COLUMN "${c}"`);
    await q.query(`ALTER TABLE "region" DROP COLUMN "notice_window_days"`);
    // Statuses the older code does not know go back to the nearest it does.
    await q.query(`UPDATE "scenario" SET "status" = 'SOLVED' WHERE "status" IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'CLOSED', 'WITHDRAWN')`);
    await q.query(`DROP TABLE "region_holiday"`);
    await q.query(`DROP TABLE "scenario_objection"`);
    await q.query(`DROP TABLE "scenario_history"`);
  }
}
