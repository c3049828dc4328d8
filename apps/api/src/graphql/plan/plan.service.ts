import { PlanEntity } from '@junheng/db';
import type { RequestContext } from '../../context';
import { badInput } from '../../errors/app-error';
import { requireViewer } from '../../auth/require-viewer';
import { canSeePersonalData } from '../../auth/role';
import { requireRole, requireScenario, SCENARIO_EDITORS, SCENARIO_READERS } from '../scenario/scenario-access';
import type { ScenarioJobs } from '../scenario/scenario-jobs';
import { CostCurve } from './plan-parts.type';
import type { PlanResult } from './plan.type';
import { toPlanResult } from './to-plan-result';

export const MAX_COST_CURVE_STEPS = 20;

/** A scenario's stored plan, shaped for the API; school names read once per plan. */
export class PlanService {
  constructor(private readonly jobs: ScenarioJobs | null) {}

  async schoolNames(ctx: RequestContext, countyCode: string): Promise<Map<string, string>> {
    const rows: Array<{ code: string; name: string }> = await ctx.dataSource.query(`SELECT code, name FROM school WHERE county_code = $1`, [countyCode]);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** The plan, or with `year` that year of a multi-year plan (BAD_USER_INPUT naming the plan's years if it has none such). */
  async forScenario(ctx: RequestContext, scenarioId: string, countyCode: string, year?: number | null): Promise<PlanResult | null> {
    const entity = await ctx.dataSource.getRepository(PlanEntity).findOneBy({ scenarioId });
    if (!entity) return null;
    return toPlanResult(entity, await this.schoolNames(ctx, countyCode), { year, personal: canSeePersonalData(requireViewer(ctx).role) });
  }

  /**
   * The budget sweep of a solved scenario. Computed by a job (a re-solve per step): the first call
   * queues it and answers null; once done, this and `plan.costCurve` give the points.
   */
  async costCurve(ctx: RequestContext, scenarioId: string, steps: number): Promise<CostCurve | null> {
    requireRole(ctx, SCENARIO_READERS);
    if (!Number.isInteger(steps) || steps < 1 || steps > MAX_COST_CURVE_STEPS) throw badInput('steps', `steps must be a whole number from 1 to ${MAX_COST_CURVE_STEPS}`);
    const scenario = await requireScenario(ctx, scenarioId);
    const plan = await ctx.dataSource.getRepository(PlanEntity).findOneBy({ scenarioId });
    if (!plan) throw badInput('scenarioId', 'The scenario has no plan yet: run it first (方案尚未求解)');
    const stored = plan.costCurve as (CostCurve & { steps?: number }) | null;
    if (stored && stored.points.length === steps + 1) return Object.assign(new CostCurve(), stored);
    requireRole(ctx, SCENARIO_EDITORS);
    if (!this.jobs) throw new Error('No job queue is configured for this server');
    await this.jobs.enqueueCostCurve(scenario.id, steps);
    return null;
  }
}
