import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import type { Plan } from '@junheng/domain';
import type { IndicatorsReport } from './indicators-report';
import { runBuiltCli } from './test-support/run-built-cli';

describe('junheng demo, indicators, solve and check on the demo county (built CLI, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const demo = await runBuiltCli(['demo'], db.url);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('431124');
  });
  afterAll(async () => {
    await db?.close();
  });
  const cli = (...args: string[]) => runBuiltCli(args, db.url);

  it('indicators show the demo county with failing sections', async () => {
    const run = await cli('indicators', '--county', '431124', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as IndicatorsReport;
    expect(report.sections.length).toBeGreaterThan(100);
    expect(report.sections.some((s) => s.checks.some((c) => !c.passes))).toBe(true);
    expect(report.balance.length).toBeGreaterThan(0);
  });

  it('solve writes a plan whose check passes, and check agrees; a tampered plan fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'junheng-cli-plan-'));
    const out = join(folder, 'plan.json');
    const solve = await cli('solve', '--county', '431124', '--year', '2025', '--budget', '3000000', '--out', out);
    expect(solve.stderr).toBe('');
    expect(solve.code).toBe(0);
    expect(solve.stdout).toContain('plan check passes');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as Plan;
    expect(plan).toMatchObject({ county: '431124', year: 2025, check: { passes: true } });
    expect(plan.cost.total).toBeLessThanOrEqual(3_000_000);

    const check = await cli('check', out, '--budget', '3000000');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('plan check passes');

    const tampered = join(folder, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...plan, rotations: [{ staffNo: 'NOBODY', fromSchool: 'x', toSchool: 'y', level: 'PRIMARY', reason: '', startDate: '2025-09-01', termYears: 3 }] }));
    const bad = await cli('check', tampered);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('plan check fails');
  });

  it('solve and check exit 1 on bad input', async () => {
    const notPlan = join(mkdtempSync(join(tmpdir(), 'junheng-cli-plan-')), 'x.json');
    writeFileSync(notPlan, '{"hello": 1}');
    const [budget, county, backend, file] = await Promise.all([
      cli('solve', '--county', '431124', '--budget', '-5'),
      cli('solve', '--county', '999999'),
      cli('solve', '--county', '431124', '--backend', 'cplex'),
      cli('check', notPlan),
    ]);
    expect(budget.code).toBe(1);
    expect(budget.stderr).toContain('invalid budget "-5"');
    expect(county.code).toBe(1);
    expect(county.stderr).toContain('unknown county code 999999');
    expect(backend.code).toBe(1);
    expect(backend.stderr).toContain('expected one of highs, jslp, auto');
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('not a plan file');
  });
});
