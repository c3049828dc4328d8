import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every change to a region (a new county, a bumped data version) is announced at commit. */
export class RegionChangeNotify1764400000000 implements MigrationInterface {
  name = 'RegionChangeNotify1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "junheng_notify_region_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('junheng_region_change', COALESCE(NEW.code, OLD.code));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "region_change_notify" AFTER INSERT OR UPDATE OR DELETE ON "region"
      FOR EACH ROW EXECUTE FUNCTION "junheng_notify_region_change"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "region_change_notify" ON "region"`);
    await q.query(`DROP FUNCTION "junheng_notify_region_change"()`);
  }
}
