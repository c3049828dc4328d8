import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's session version, carried in every token the user gets. PostgreSQL bumps it whenever the
 * role, region or password changes, whoever writes the row (the API, the command line, plain SQL), so
 * every API process refuses the user's older tokens at the next request; a deleted user has no row.
 */
export class SessionVersion1765100000000 implements MigrationInterface {
  name = 'SessionVersion1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "session_version" integer NOT NULL DEFAULT 0`);
    // Tokens issued before this version carry no session version (read as 0): existing users start at 1,
    // so those tokens end here (revocations used to live in one process's memory) and users log in again.
    await q.query(`UPDATE "app_user" SET "session_version" = 1`);
    await q.query(`CREATE FUNCTION "junheng_bump_session_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.role IS DISTINCT FROM OLD.role OR NEW.region_code IS DISTINCT FROM OLD.region_code
           OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
          NEW.session_version := OLD.session_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "app_user_session_version" BEFORE UPDATE ON "app_user"
      FOR EACH ROW EXECUTE FUNCTION "junheng_bump_session_version"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "app_user_session_version" ON "app_user"`);
    await q.query(`DROP FUNCTION "junheng_bump_session_version"()`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "session_version"`);
  }
}
