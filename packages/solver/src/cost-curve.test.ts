import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from './generate-county';
import { costCurve } from './cost-curve';
import { explainPlan } from './explain';
import { solveRegion } from './solve-region';
import { scenarioFor } from './test-support/scenario';

describe('explain and cost curve', () => {
  it('shortfall falls as the budget grows, from 0 to the cost of the best uncapped plan', async () => {
    const region = generateCounty({ schools: 20, seed: 8 });
    const curve = await costCurve(region, NATIONAL_STANDARD_SET, scenarioFor(region, { mipGap: 0 }), 4);
    expect(curve.points).toHaveLength(5);
    expect(curve.points[0]).toMatchObject({ budget: 0, cost: 0 });
    expect(curve.points[4]!.budget).toBe(curve.fullComplianceCost);
    for (let i = 1; i < curve.points.length; i++) {
      expect(curve.points[i]!.shortfallTeachers).toBeLessThanOrEqual(curve.points[i - 1]!.shortfallTeachers);
      expect(curve.points[i]!.cost).toBeLessThanOrEqual(curve.points[i]!.budget);
    }
    expect(curve.points[4]!.shortfallTeachers).toBe(curve.floorShortfallTeachers);
    expect(curve.points[0]!.shortfallTeachers).toBeGreaterThan(curve.floorShortfallTeachers);
  });

  it('explains every section before and after, with causes and costs by kind', async () => {
    const region = generateCounty({ schools: 15, seed: 6 });
    const scenario = scenarioFor(region, { budgetCap: 500_000 });
    const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario });
    const e = explainPlan(region, NATIONAL_STANDARD_SET, scenario, r.plan);
    expect(e.costByKind).toEqual(r.plan.cost);
    expect(e.gapTeachersAfter).toBeLessThanOrEqual(e.gapTeachersBefore);
    expect(e.compliantAfter).toBeGreaterThanOrEqual(e.compliantBefore);
    for (const row of e.rows) if (!row.passesAfter) expect(row.cause).not.toBeNull();
    expect(e.rows.filter((x) => !x.passesAfter && ['Q1', 'Q2', 'Q3', 'R', 'C', 'B'].includes(x.indicator)).length).toBe(r.plan.shortfalls.filter((s) => s.schoolCode !== null).length);
  });
});
