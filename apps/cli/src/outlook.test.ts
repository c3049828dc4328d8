import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRegionData } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { defaultPlanYear } from '@junheng/domain';
import { runBuiltCli } from './test-support/run-built-cli';
import { smallCounty } from './test-support/small-county';

/*
 * 城关第一小学: 900 primary students, grades 160 155 150 150 145 140, 20 classrooms, 48 teachers (women
 * born 1985-05-01: none retires within five years). No intake forecast: each year's intake is this
 * year's first grade, 160.
 *   year 1: 160 160 155 150 150 145 = 920 (140 graduate); classes 4+4+4+4+4+4 = 24 > 20 rooms: 4 short.
 *   R: ceil(920 / 19 = 48.42) = 49; T: ceil(24 x 28 / 15 = 44.8) = 45 -> 49 needed, 48 present: 1 short.
 */
describe('junheng outlook (built CLI, real PostgreSQL)', () => {
  let db: TestDatabase;
  const base = defaultPlanYear() - 1;
  beforeAll(async () => {
    db = await createTestDatabase();
    const data = smallCounty();
    data.schools[0] = { ...data.schools[0]!, classrooms: 20 };
    data.grades = [160, 155, 150, 150, 145, 140].map((students, i) => ({ schoolCode: '4311240001', level: 'PRIMARY' as const, grade: i + 1, students }));
    await replaceRegionData(db.dataSource, data);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('prints the county by year and the schools short first, in Chinese', async () => {
    const run = await runBuiltCli(['outlook', '--county', '431124', '--years', '3'], db.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`区县 道县（431124） 五年展望 / outlook ${base + 1}–${base + 3}（基准学年 ${base}）`);
    const year1 = run.stdout.split('\n').find((l) => l.trimStart().startsWith(String(base + 1)));
    expect(year1?.trim().split(/\s{2,}|\s+/)).toEqual([String(base + 1), '920', '160', '140', '24', '24', '/', '20', '4', '1', '49', '48', '1', '0', '0', '1']);
    expect(run.stdout).toMatch(/4311240001\s+城关第一小学\s+\d{4}\s+\d{4}/);
    expect(run.stdout).toContain('沿用今年一年级 3');
    // The basis names the retirement ages as they rise by birth month (NPC 2024), not a fixed 60 / 55.
    expect(run.stdout).toContain('退休年龄（按出生年月渐进延迟）——男：1965年1月以前出生的60周岁；此后出生的每4个月延迟1个月，1976年9月及以后出生的63周岁；女：1970年1月以前出生的55周岁；');
  });

  it('prints JSON with the basis, and refuses more than five years', async () => {
    const run = await runBuiltCli(['outlook', '--county', '431124', '--years', '1', '--json'], db.url);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.totals[0]).toMatchObject({ year: base + 1, students: 920, classesNeeded: 24, classroomShortfall: 4, teachersNeeded: 49, teachersPresent: 48, teacherGap: 1 });
    expect(json.basis).toMatchObject({
      sectionsWithGrades: 1, coarseSections: 0, intakeSources: { FIRST_GRADE: 1 },
      retirement: { M: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4 }, F: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4 } },
    });
    const bad = await runBuiltCli(['outlook', '--county', '431124', '--years', '6'], db.url);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('展望年数无效：「6」，应为 1 到 5 的整数');
  });
});
