import { MIGRATIONS } from './index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('create exactly the schema the entities describe (TypeORM sees nothing to change)', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('create every table with its indexes', async () => {
    const tables = await db.dataSource.query<Array<{ tablename: string }>>(
      "select tablename from pg_tables where schemaname = 'public' and tablename <> 'migrations' order by 1",
    );
    expect(tables.map((t) => t.tablename)).toEqual([
      'app_user', 'audit_log', 'budget_line', 'cost_item', 'intake_forecast', 'login_throttle', 'plan', 'planned_class', 'post_earmark', 'quota_change', 'region', 'region_document_settings',
      'region_holiday', 'scenario', 'scenario_history', 'scenario_objection', 'school',
      'school_facilities', 'section', 'section_grade', 'staffing_quota', 'standard_set', 'teacher',
    ]);
    const indexes = await db.dataSource.query<Array<{ indexname: string }>>(
      "select indexname from pg_indexes where schemaname = 'public' and indexname like 'ix_%' order by 1",
    );
    expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(['ix_school_county', 'ix_teacher_school', 'ix_teacher_county']));
  });

  it('revert and re-apply cleanly', async () => {
    for (let i = 0; i < MIGRATIONS.length; i += 1) await db.dataSource.undoLastMigration({ transaction: 'all' });
    const left = await db.dataSource.query<Array<{ n: string }>>(
      "select count(*) as n from pg_tables where schemaname = 'public' and tablename <> 'migrations'",
    );
    expect(Number(left[0]?.n)).toBe(0);
    await db.dataSource.runMigrations({ transaction: 'all' });
    expect((await db.dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
