import type { DataSource } from 'typeorm';
import { loadRegionData, PlanEntity, ScenarioEntity, scenarioParametersOf, standardSetOfRegion } from '@junheng/db';
import { solveInThread, type CostCurveOutcome } from './solve-in-thread';

/** Computes and stores a solved scenario's cost curve; a scenario without a plan is skipped. */
export async function runCostCurveJob(ds: DataSource, scenarioId: string, steps: number): Promise<'STORED' | 'SKIPPED'> {
  const row = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  const plan = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  if (!row || !plan) return 'SKIPPED';
  const scenario = scenarioParametersOf(row);
  const region = await loadRegionData(ds, scenario.countyCodes);
  const curve = await solveInThread<CostCurveOutcome>(
    { region, standardSet: (await standardSetOfRegion(ds, row.countyCode)).set, scenario, task: 'cost-curve', steps },
    () => undefined,
    new AbortController().signal,
  );
  await ds.getRepository(PlanEntity).update({ id: plan.id }, { costCurve: { ...curve, steps } });
  return 'STORED';
}
