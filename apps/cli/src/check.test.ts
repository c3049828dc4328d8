import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRegionData } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import type { Plan } from '@junheng/domain';
import { runBuiltCli } from './test-support/run-built-cli';
import { smallCounty } from './test-support/small-county';

describe('junheng check prints violations in Chinese (built CLI, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await replaceRegionData(db.dataSource, smallCounty());
  });
  afterAll(async () => {
    await db?.close();
  });

  const planFile = (plan: Partial<Plan>): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'junheng-cli-check-')), 'plan.json');
    const base = {
      county: '431124', year: 2027, backend: 'highs', status: 'OPTIMAL', gap: 0,
      cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
      rotations: [], hires: [] as Plan['hires'], classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
    };
    writeFileSync(path, JSON.stringify({ ...base, ...plan }));
    return path;
  };

  it('a plan naming a teacher the data does not hold: a table with the rule in Chinese, the school name, and a data-changed hint', async () => {
    const rotation = { staffNo: 'NOBODY', fromSchool: '4311240001', toSchool: '4311240001', level: 'PRIMARY' as const, reason: '', startDate: '2027-09-01', termYears: 3 };
    const run = await runBuiltCli(['check', planFile({ rotations: [rotation] })], db.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^错误：方案校验未通过：\d+ 处违反规则/);
    const lines = run.stderr.split('\n');
    expect(lines.some((l) => l.includes('规则') && l.includes('学校') && l.includes('教师工号'))).toBe(true);
    const row = lines.find((l) => l.includes('NOBODY'));
    expect(row).toContain('教师不在当前数据中');
    expect(run.stderr).not.toContain('{"rule"');
    expect(run.stderr).not.toContain('方案可能基于其他数据');
    expect(run.stderr).toContain('提示：部分问题说明数据库中的数据在生成方案后已改变');
  });

  it('a plan over its budget: the budget rule in Chinese, and no data-changed hint', async () => {
    const hires = [{ schoolCode: '4311240001', level: 'PRIMARY' as const, subjectGroup: 'OTHER' as const, education: 'BACHELOR' as const, count: 1, annualCost: 100_000 }];
    const run = await runBuiltCli(['check', planFile({ hires, cost: { total: 100_000, hires: 100_000, rotation: 0, transport: 0, extraQuota: 0 } }), '--budget', '50000'], db.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('超出预算');
    expect(run.stderr).not.toContain('提示：');
  });
});
