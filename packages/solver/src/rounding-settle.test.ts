import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import type { SolverBackend } from './backends/solver-backend';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/** Records what the real HiGHS is asked to solve (the model's size and whether it is an LP). */
function recording(): SolverBackend & { calls: Array<{ columns: number; relax: boolean; status: string }> } {
  const highs = new HighsBackend();
  const calls: Array<{ columns: number; relax: boolean; status: string }> = [];
  return { name: highs.name, calls, solve: async (model, options) => {
    const result = await highs.solve(model, options);
    calls.push({ columns: model.variables.length, relax: options.relax === true, status: result.status });
    return result;
  } };
}

/**
 * Town school D (0 km): 760 students, 40 qualified teachers since 2015 (eligible), R needs 760/19 = 40:
 * every teacher D sends must be replaced by a hire. Quota 44: 4 vacant posts, and D could also send them
 * (44 - 40 = 4 above its own need), so its hires and the posts it sends share those 4 posts.
 * Town school E (300 km away): 100 eligible teachers with no school in reach, so the county's rotation
 * quota (10% of 140 eligible = 14) asks for more than D can give: D may lose 15% of 40 = 6 a year, and
 * each of its two hire types (core, PE and arts) may fill up to 4 posts.
 * Rural school V (10 km): 300 students, 6 teachers, short of everything.
 * Rounding fills the quota one flow at a time, checking each row of the model alone: D's staffing row
 * alone lets 6 teachers go (4 core + 4 PE hires could replace them), its post row alone lets 4 hires in;
 * together they allow 4. The MIP over the remaining columns then has no answer; the solver settles it
 * with the MIP around the LP's answer instead of the exact MIP over every flow.
 */
function sharedPosts() {
  const d = (level: 'PRIMARY' | 'JUNIOR') => (i: number) => ({ level, startedAtSchool: '2015-09', backbone: i < 5 ? 'COUNTY' as const : 'NONE' as const, subject: i >= 15 ? '体育' : '语文' });
  const teachers = [
    ...staff('DP', 'D', 20, d('PRIMARY')),
    ...staff('DJ', 'D', 20, d('JUNIOR')),
    ...staff('E', 'E', 100, (i) => ({ startedAtSchool: '2015-09', backbone: i < 25 ? 'COUNTY' : 'NONE', subject: i >= 75 ? '体育' : '语文' })),
    ...staff('DLP', 'D', 3, () => ({ status: 'ON_LOAN' })),
    ...staff('DLJ', 'D', 3, () => ({ level: 'JUNIOR', status: 'ON_LOAN' })),
    ...staff('VP', 'V', 6),
    ...staff('VJ', 'V', 4, () => ({ level: 'JUNIOR' })),
  ];
  return region(
    [school('D', 'TOWN', 0, 44, { kind: 'NINE_YEAR' }), school('E', 'TOWN', 300, 100), school('V', 'RURAL', 10, 20, { kind: 'NINE_YEAR' })],
    [section('D', 380, 9), section('D', 270, 6, { level: 'JUNIOR' }), section('E', 1900, 40), section('V', 300, 7), section('V', 200, 4, { level: 'JUNIOR' })],
    teachers,
  );
}

describe('rounded flows that pass each row alone but not together', () => {
  it('are settled in the LP answer\'s neighbourhood (lp-round, no MIP over every flow): a checked plan', async () => {
    const data = sharedPosts();
    const backend = recording();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data), options: { backend, strategy: 'lp-round' } });
    const [lp, second, settle] = backend.calls;
    // The situation arises: the MIP over the columns left free by the rounded flows has no answer.
    expect([lp?.relax, second?.relax, second?.status]).toEqual([true, false, 'INFEASIBLE']);
    expect(settle).toMatchObject({ relax: false, status: 'OPTIMAL' });
    expect(r.strategy).toBe('lp-round');
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    // D's replacements (hires and recalls) fit its 4 vacant posts, one for each teacher it sends.
    const fromD = r.plan.rotations.filter((t) => t.fromSchool === 'D').length;
    const intoDPosts = r.plan.hires.filter((h) => h.schoolCode === 'D').reduce((n, h) => n + h.count, 0) + (r.plan.recalls ?? []).filter((x) => x.schoolCode === 'D').length;
    expect(fromD).toBeGreaterThan(0);
    expect(intoDPosts).toBe(fromD);
    expect(intoDPosts).toBeLessThanOrEqual(4);
    // As good as the exact MIP over every flow, within the scenario's gap.
    const exact = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data), options: { backend: new HighsBackend(), strategy: 'exact' } });
    expect(r.objective!).toBeLessThanOrEqual(exact.objective! * (1 + scenarioFor(data).mipGap) + 1e-6);
  });
});
