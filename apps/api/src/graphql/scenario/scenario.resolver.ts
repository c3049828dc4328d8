import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { CostCurve } from '../plan/plan-parts.type';
import { ScenarioComparison } from '../plan/scenario-compare.type';
import { CreateScenarioInput, ScenarioParametersInput } from './scenario.input';
import { Scenario } from './scenario.type';

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Authorized()
  @Query(() => [Scenario], { description: 'Scenarios of your region (or of one county of it), newest first. PLANNER, HR and ADMIN.' })
  scenarios(@Ctx() ctx: RequestContext, @Arg('countyCode', () => String, { nullable: true }) countyCode?: string): Promise<Scenario[]> {
    return ctx.services.scenarios.list(ctx, countyCode);
  }

  @Authorized()
  @Query(() => Scenario, { nullable: true })
  scenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Scenario | null> {
    return ctx.services.scenarios.get(ctx, id);
  }

  @Authorized()
  @Query(() => ScenarioComparison, { description: 'Two to five solved scenarios side by side.' })
  compareScenarios(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<ScenarioComparison> {
    return ctx.services.compare.compare(ctx, ids);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario)
  createScenario(@Ctx() ctx: RequestContext, @Arg('input') input: CreateScenarioInput): Promise<Scenario> {
    return ctx.services.scenarios.create(ctx, input);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario, { description: 'Changes parameters; a solved scenario goes back to DRAFT (its plan is dropped).' })
  updateScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ScenarioParametersInput): Promise<Scenario> {
    return ctx.services.scenarios.update(ctx, id, input);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario)
  duplicateScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('name', () => String, { nullable: true }) name?: string): Promise<Scenario> {
    return ctx.services.scenarios.duplicate(ctx, id, name);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Boolean)
  deleteScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.scenarios.delete(ctx, id);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario, { description: 'Queues a solve on the job queue; follow it with scenario(id) { status progress }.' })
  runScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    return ctx.services.scenarios.run(ctx, id);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario)
  cancelScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    return ctx.services.scenarios.cancel(ctx, id);
  }

  @Authorized('HR', 'ADMIN')
  @Mutation(() => Scenario, { description: 'Moves the teachers and opens the posts of the plan, in one transaction; STALE_PLAN when the data changed.' })
  applyScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    return ctx.services.apply.apply(ctx, id);
  }

  @Authorized('PLANNER', 'HR', 'ADMIN')
  @Mutation(() => CostCurve, {
    nullable: true,
    description: 'The budget sweep (shortfall for budgets from 0 to full compliance). Computed as a job: null while queued; then here and in plan.costCurve.',
  })
  costCurve(@Ctx() ctx: RequestContext, @Arg('scenarioId', () => ID) scenarioId: string, @Arg('steps', () => Int, { defaultValue: 10 }) steps: number): Promise<CostCurve | null> {
    return ctx.services.plans.costCurve(ctx, scenarioId, steps);
  }
}
