import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed-login counters of the API's login throttle (rate-limiter-flexible's Postgres store: key,
 * points, expiry in epoch milliseconds), shared by every API process on this database. No entity: the
 * library reads and writes it.
 */
export class LoginThrottle1765000000000 implements MigrationInterface {
  name = 'LoginThrottle1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "login_throttle" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_throttle"`);
  }
}
