import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { generateCounty } from './generate-county';
import { lpName, toLpFormat } from './lp-format';
import { LinearModelBuilder } from './model';
import { buildModel } from './model-builder';
import { scenarioFor } from './test-support/scenario';

describe('toLpFormat', () => {
  it('writes a small model in CPLEX LP format', () => {
    const b = new LinearModelBuilder();
    const x = b.addVariable({ name: 'hire[S1:PRIMARY:CORE:BACHELOR]', lb: 0, ub: 3, integer: true, cost: 95000 });
    const y = b.addVariable({ name: 'shortfall[S1:PRIMARY:R]', lb: 0, ub: Infinity, integer: false, cost: 1e6 });
    b.addConstraint('r_min', 'S1:PRIMARY', [[x, 1], [y, 1]], 2, Infinity);
    expect(toLpFormat(b.build())).toBe(
      [
        '\\ Junheng allocation model',
        'Minimize',
        ' obj: 95000 hire(S1.PRIMARY.CORE.BACHELOR) + 1000000 shortfall(S1.PRIMARY.R)',
        'Subject To',
        ' r_min(S1.PRIMARY): hire(S1.PRIMARY.CORE.BACHELOR) + shortfall(S1.PRIMARY.R) >= 2',
        'Bounds',
        ' 0 <= hire(S1.PRIMARY.CORE.BACHELOR) <= 3',
        ' shortfall(S1.PRIMARY.R) >= 0',
        'Generals\n hire(S1.PRIMARY.CORE.BACHELOR)',
        'End',
        '',
      ].join('\n'),
    );
    expect(lpName('flow[a:PRIMARY>b:PRIMARY:qbp]')).toBe('flow(a.PRIMARY~b.PRIMARY.qbp)');
  });

  it('is read back by an outside solver with the same optimum and column order', async () => {
    const region = generateCounty({ schools: 20, seed: 5 });
    const model = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, { budgetCap: 1_000_000 }));
    const text = toLpFormat(model, { relax: true });
    const highs = await (createRequire(__filename)('highs') as () => Promise<{ solve(t: string, o: object): { Status: string; ObjectiveValue: number; Columns: Record<string, { Index: number }> } }>)();
    const raw = highs.solve(text, { output_flag: false });
    expect(raw.Status).toBe('Optimal');
    const ours = await new HighsBackend().solve(model, { relax: true, mipGap: 0, timeLimitSeconds: 30 });
    expect(Math.abs(raw.ObjectiveValue - ours.objective!)).toBeLessThan(1e-6 * Math.abs(ours.objective!));
    model.variables.forEach((v, i) => expect(raw.Columns[lpName(v.name)]?.Index).toBe(i));
  });
});
