import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12 (points and documents): a teacher's documented hardship (困难情形: ILLNESS, FAMILY_CARE,
 * SPOUSE_APART), which lowers the rotation points; and a region's issuing body (发文机关) and document
 * number pattern (文号, e.g. 道教发〔{year}〕{n}号) for its official documents.
 */
export class NoticeDocuments1765700000000 implements MigrationInterface {
  name = 'NoticeDocuments1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "teacher" ADD "hardships" text array NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE TABLE "region_document_settings" (
      "region_code" character varying(12) NOT NULL,
      "issuer" character varying(100) NOT NULL,
      "number_pattern" character varying(100) NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_by" character varying(64),
      CONSTRAINT "pk_region_document_settings" PRIMARY KEY ("region_code"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "region_document_settings"`);
    await q.query(`ALTER TABLE "teacher" DROP COLUMN "hardships"`);
  }
}
