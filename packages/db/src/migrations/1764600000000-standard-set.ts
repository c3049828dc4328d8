import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regional standard sets: a city's or county's saved changes to the national defaults. */
export class StandardSet1764600000000 implements MigrationInterface {
  name = 'StandardSet1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "standard_set" (
      "region_code" character varying(12) NOT NULL,
      "name" character varying(100) NOT NULL,
      "overrides" jsonb NOT NULL,
      "version" integer NOT NULL DEFAULT 1,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_by" character varying(64),
      CONSTRAINT "pk_standard_set" PRIMARY KEY ("region_code"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "standard_set"`);
  }
}
