import { PlanEntity, ScenarioEntity, type ScenarioStatus } from '@junheng/db';
import { scenarioParametersOf } from '@junheng/jobs';
import { In } from 'typeorm';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { conflict } from '../../errors/app-error';
import type { ScenarioJobs } from './scenario-jobs';
import type { ScenarioStaleness } from './scenario-staleness';
import { findScenarioInScope, requireCountyInScope, requireRole, requireScenario, SCENARIO_EDITORS, SCENARIO_READERS } from './scenario-access';
import { assertBudgetCategoriesExist, assertStaffNosExist, mergeParameters } from './scenario-parameters-input';
import type { CreateScenarioInput, ScenarioParametersInput } from './scenario.input';
import type { Scenario } from './scenario.type';
import { toScenario } from './to-scenario';

const BUSY: ScenarioStatus[] = ['QUEUED', 'RUNNING'];

function defaultName(): string {
  return `方案 ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
}

/** Scenarios: parameters, their lifecycle (draft, queued, running, solved ...), duplicates. */
export class ScenarioService {
  constructor(
    private readonly jobs: ScenarioJobs | null,
    private readonly staleness: ScenarioStaleness,
  ) {}

  async list(ctx: RequestContext, countyCode: string | undefined): Promise<Scenario[]> {
    requireRole(ctx, SCENARIO_READERS);
    const scope = await ctx.scope();
    if (countyCode !== undefined && !scope.includes(countyCode)) return [];
    const codes = countyCode !== undefined ? [countyCode] : scope.countyCodes;
    const rows = await ctx.dataSource.getRepository(ScenarioEntity).find({ where: { countyCode: In(codes) }, order: { createdAt: 'DESC' }, take: 500 });
    return (await this.staleness.refresh(ctx.dataSource, rows)).map(toScenario);
  }

  async get(ctx: RequestContext, id: string): Promise<Scenario | null> {
    requireRole(ctx, SCENARIO_READERS);
    const row = await findScenarioInScope(ctx, id);
    return row ? toScenario((await this.staleness.refresh(ctx.dataSource, [row]))[0]!) : null;
  }

  async create(ctx: RequestContext, input: CreateScenarioInput): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    await requireCountyInScope(ctx, input.countyCode);
    const year = input.year ?? ctx.planYear;
    const parameters = mergeParameters(null, input.countyCode, year, input);
    await assertStaffNosExist(ctx.dataSource, input.countyCode, parameters);
    await assertBudgetCategoriesExist(ctx.dataSource, input.countyCode, parameters);
    const row = await ctx.dataSource.getRepository(ScenarioEntity).save({
      countyCode: input.countyCode,
      year,
      name: input.name?.trim() || defaultName(),
      status: 'DRAFT',
      parameters: parameters as unknown as Record<string, unknown>,
      createdBy: requireViewer(ctx).username,
      progress: null,
      error: null,
    });
    return toScenario(row);
  }

  /** Changing a solved scenario drops its plan: the plan would no longer match its parameters. */
  async update(ctx: RequestContext, id: string, input: ScenarioParametersInput): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    return ctx.dataSource.transaction(async (manager) => {
      const row = await requireScenario(ctx, id);
      if (BUSY.includes(row.status)) throw conflict('The scenario is queued or running: cancel it first (方案正在求解，请先取消)');
      if (row.status === 'APPLIED') throw conflict('An applied scenario is the county\'s record and cannot change (已执行的方案不能修改)');
      const year = input.year ?? row.year;
      const parameters = mergeParameters(scenarioParametersOf(row), row.countyCode, year, input);
      await assertStaffNosExist(ctx.dataSource, row.countyCode, parameters);
      await assertBudgetCategoriesExist(ctx.dataSource, row.countyCode, parameters);
      await manager.delete(PlanEntity, { scenarioId: id });
      await manager.update(ScenarioEntity, { id }, {
        name: input.name?.trim() || row.name,
        year,
        parameters: parameters as never,
        status: 'DRAFT',
        progress: null,
        error: null,
      });
      return toScenario(await manager.findOneByOrFail(ScenarioEntity, { id }));
    });
  }

  async duplicate(ctx: RequestContext, id: string, name: string | undefined): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    const row = await requireScenario(ctx, id);
    const copy = await ctx.dataSource.getRepository(ScenarioEntity).save({
      countyCode: row.countyCode,
      year: row.year,
      name: name?.trim() || `${row.name}（副本）`,
      status: 'DRAFT',
      parameters: row.parameters,
      createdBy: requireViewer(ctx).username,
      progress: null,
      error: null,
    });
    return toScenario(copy);
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireRole(ctx, SCENARIO_EDITORS);
    const row = await requireScenario(ctx, id);
    if (row.status === 'APPLIED') throw conflict('An applied scenario is the county\'s record and cannot be deleted (已执行的方案不能删除)');
    await ctx.dataSource.transaction(async (manager) => {
      await manager.delete(PlanEntity, { scenarioId: id });
      await manager.delete(ScenarioEntity, { id });
    });
    return true;
  }

  /** Queues a solve; a previous plan of the scenario is dropped. */
  async run(ctx: RequestContext, id: string): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    if (!this.jobs) throw new Error('No job queue is configured for this server');
    const row = await requireScenario(ctx, id);
    if (BUSY.includes(row.status)) throw conflict('The scenario is already queued or running (方案已在排队或求解中)');
    if (row.status === 'APPLIED') throw conflict('An applied scenario cannot run again: duplicate it (已执行的方案不能重新求解，请复制)');
    await ctx.dataSource.transaction(async (manager) => {
      await manager.delete(PlanEntity, { scenarioId: id });
      await manager.update(ScenarioEntity, { id }, { status: 'QUEUED', error: null, progress: { stage: 'QUEUED', fraction: 0, updatedAt: new Date().toISOString() } });
    });
    // A multi-year scenario solves each year in turn: its job gets the time of every year.
    const parameters = scenarioParametersOf(row);
    await this.jobs.enqueueRun(id, parameters.timeLimitSeconds * (parameters.years ?? 1));
    return toScenario(await ctx.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id }));
  }

  /** Stops a queued or running solve: the worker sees the status and stops its solver thread. */
  async cancel(ctx: RequestContext, id: string): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    await requireScenario(ctx, id);
    const result: unknown[] = await ctx.dataSource.query(
      `UPDATE scenario SET status = 'CANCELLED', updated_at = now() WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [id],
    );
    const changed = Array.isArray(result[0]) ? (result[0] as unknown[]).length : result.length;
    if (changed === 0) throw conflict('Only a queued or running scenario can be cancelled (只有排队或求解中的方案可以取消)');
    return toScenario(await ctx.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id }));
  }
}
