import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import type { IndicatorsReport } from './indicators-report';
import { runBuiltCli } from './test-support/run-built-cli';

describe('junheng demo (built CLI, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads the demo county, whose indicators then show failing sections', async () => {
    const demo = await runBuiltCli(['demo'], db.url);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('431124');
    const run = await runBuiltCli(['indicators', '--county', '431124', '--json'], db.url);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as IndicatorsReport;
    expect(report.sections.length).toBeGreaterThan(100);
    expect(report.sections.some((s) => s.checks.some((c) => !c.passes))).toBe(true);
    expect(report.balance.length).toBeGreaterThan(0);
  });
});
