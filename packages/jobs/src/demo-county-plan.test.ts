import { generateDemoCounty } from '@junheng/db';
import { DEFAULT_SCENARIO, meetsHireMinimum, NATIONAL_STANDARD_SET, type ScenarioParameters } from '@junheng/domain';
import { solveRegion } from '@junheng/solver';
import { describe, expect, it } from 'vitest';

/**
 * The demo county as issue 11 tried it: a 3-million-yuan plan put 19 大专 hires into 第一中学's senior
 * section, and with no money 城关第二小学 still grew by 17 classes for free.
 */
const region = generateDemoCounty({ seed: 1, year: 2027 });
const scenario = (over: Partial<ScenarioParameters>): ScenarioParameters => ({ ...DEFAULT_SCENARIO, countyCodes: [region.counties[0]!.code], year: 2027, ...over });

describe('plans of the demo county', () => {
  it('hire at or above each level minimum within 3 million yuan, and plan the senior sections only when SENIOR is in scope', async () => {
    const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario: scenario({ budgetCap: 3_000_000 }) });
    expect(r.plan.check.violations).toEqual([]);
    expect(r.plan.cost.total).toBeLessThanOrEqual(3_000_000);
    for (const h of r.plan.hires) {
      expect(meetsHireMinimum(h.education, h.level, NATIONAL_STANDARD_SET)).toBe(true);
      expect(h.reason).toBeTruthy();
    }
    for (const h of r.plan.hires.filter((x) => x.level === 'SENIOR')) expect(h).toMatchObject({ certificateRequired: true });
    const compulsory = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario: scenario({ budgetCap: 3_000_000, levels: ['PRIMARY', 'JUNIOR'] }) });
    expect(compulsory.plan.check.violations).toEqual([]);
    expect([...compulsory.plan.hires, ...compulsory.plan.classSplits].filter((x) => x.level === 'SENIOR')).toEqual([]);
    expect(compulsory.plan.spendingByLevel!.map((s) => s.level)).not.toContain('SENIOR');
  }, 120_000);

  it('with a budget of 0 splits no class that lacks its room or its teaching time', async () => {
    const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario: scenario({ budgetCap: 0 }) });
    expect(r.plan.check.violations).toEqual([]);
    expect(r.plan.cost.total).toBe(0);
    // The demo records no classrooms, so none is spare and none can be built without money.
    expect(r.plan.classSplits).toEqual([]);
    expect(r.plan.shortfalls.filter((s) => s.indicator === 'C' || s.indicator === 'B').every((s) => s.cause === 'BUDGET')).toBe(true);
  }, 120_000);
});
