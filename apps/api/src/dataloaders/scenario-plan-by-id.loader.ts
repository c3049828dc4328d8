import DataLoader from 'dataloader';
import { PlanEntity, ScenarioEntity } from '@junheng/db';
import type { DataSource } from 'typeorm';

export interface ScenarioWithPlan {
  scenario: ScenarioEntity;
  /** null until the scenario is solved. */
  plan: PlanEntity | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Scenarios with their stored plans by id (null for an unknown or malformed id): two statements per batch. No scope check. */
export function createScenarioPlanByIdLoader(ds: DataSource): DataLoader<string, ScenarioWithPlan | null> {
  return new DataLoader(async (ids) => {
    const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (valid.length === 0) return ids.map(() => null);
    const [scenarios, plans] = await Promise.all([
      ds.getRepository(ScenarioEntity).createQueryBuilder('s').where('s.id = ANY(:ids::uuid[])', { ids: valid }).getMany(),
      ds.getRepository(PlanEntity).createQueryBuilder('p').where('p.scenario_id = ANY(:ids::uuid[])', { ids: valid }).getMany(),
    ]);
    const planOf = new Map(plans.map((p) => [p.scenarioId, p]));
    const byId = new Map(scenarios.map((s) => [s.id, { scenario: s, plan: planOf.get(s.id) ?? null }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
