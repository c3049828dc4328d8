import {
  cancelScenarioRun, createScenario, editScenario, encodeScenarioParameters, PlanEntity, queueScenarioRun, ScenarioEntity, ScenarioHistoryEntity,
  ScenarioObjectionEntity, scenarioParametersOf,
} from '@junheng/db';
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
    const viewer = requireViewer(ctx);
    const row = await createScenario(ctx.dataSource, {
      countyCode: input.countyCode,
      year,
      name: input.name?.trim() || defaultName(),
      parameters: encodeScenarioParameters(parameters),
      createdBy: viewer.username,
    }, viewer);
    return toScenario(row);
  }

  /** Changing a solved scenario drops its plan: the plan would no longer match its parameters. */
  async update(ctx: RequestContext, id: string, input: ScenarioParametersInput): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    const row = await requireScenario(ctx, id);
    const year = input.year ?? row.year;
    const parameters = mergeParameters(scenarioParametersOf(row), row.countyCode, year, input);
    await assertStaffNosExist(ctx.dataSource, row.countyCode, parameters);
    await assertBudgetCategoriesExist(ctx.dataSource, row.countyCode, parameters);
    // The lifecycle refuses (ILLEGAL_TRANSITION) a scenario queued, running, under review, published or applied.
    return toScenario(await editScenario(ctx.dataSource, id, requireViewer(ctx), {
      name: input.name?.trim() || row.name, year, parameters: encodeScenarioParameters(parameters),
    }));
  }

  async duplicate(ctx: RequestContext, id: string, name: string | undefined): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    const row = await requireScenario(ctx, id);
    const viewer = requireViewer(ctx);
    const copy = await createScenario(ctx.dataSource, {
      countyCode: row.countyCode,
      year: row.year,
      name: name?.trim() || `${row.name}（副本）`,
      parameters: encodeScenarioParameters(scenarioParametersOf(row)),
      createdBy: viewer.username,
    }, viewer, `copy of ${row.id}`);
    return toScenario(copy);
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireRole(ctx, SCENARIO_EDITORS);
    const row = await requireScenario(ctx, id);
    if (row.status === 'APPLIED') throw conflict('An applied scenario is the county\'s record and cannot be deleted (已执行的方案不能删除)');
    if (row.status === 'PUBLISHED' || row.status === 'CLOSED') throw conflict('A published notice is on record and cannot be deleted (已公示的方案不能删除)');
    await ctx.dataSource.transaction(async (manager) => {
      await manager.delete(PlanEntity, { scenarioId: id });
      await manager.delete(ScenarioObjectionEntity, { scenarioId: id });
      await manager.delete(ScenarioHistoryEntity, { scenarioId: id });
      await manager.delete(ScenarioEntity, { id });
    });
    return true;
  }

  /** Queues a solve; a previous plan of the scenario is dropped. */
  async run(ctx: RequestContext, id: string): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    if (!this.jobs) throw new Error('No job queue is configured for this server');
    const row = await requireScenario(ctx, id);
    const queued = await queueScenarioRun(ctx.dataSource, id, requireViewer(ctx));
    // A multi-year scenario solves each year in turn: its job gets the time of every year.
    const parameters = scenarioParametersOf(row);
    await this.jobs.enqueueRun(id, parameters.timeLimitSeconds * (parameters.years ?? 1));
    return toScenario(queued);
  }

  /** Stops a queued or running solve: the worker sees the status and stops its solver thread. */
  async cancel(ctx: RequestContext, id: string): Promise<Scenario> {
    requireRole(ctx, SCENARIO_EDITORS);
    await requireScenario(ctx, id);
    return toScenario(await cancelScenarioRun(ctx.dataSource, id, requireViewer(ctx)));
  }
}
