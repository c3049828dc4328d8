import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Scenario } from '../scenario/scenario.type';
import { DecideObjectionInput, RecordObjectionInput } from './scenario-lifecycle.input';
import { ScenarioObjection } from './scenario-lifecycle.type';

/** The review and notice steps of a scenario: each a transition of the lifecycle (ILLEGAL_TRANSITION when its status does not allow it). */
@Resolver(() => Scenario)
export class ScenarioLifecycleResolver {
  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario, { description: 'SOLVED → SUBMITTED: the planner hands the plan to the bureau\'s leadership (提交审批).' })
  submitScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment?: string): Promise<Scenario> {
    return ctx.services.lifecycle.submit(ctx, id, comment ?? null);
  }

  @Authorized('ADMIN')
  @Mutation(() => Scenario, { description: 'SUBMITTED → APPROVED (批准). ADMIN of the region.' })
  approveScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment?: string): Promise<Scenario> {
    return ctx.services.lifecycle.approve(ctx, id, comment ?? null);
  }

  @Authorized('ADMIN')
  @Mutation(() => Scenario, { description: 'SUBMITTED → REJECTED with a comment (退回). ADMIN of the region.' })
  rejectScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('comment') comment: string): Promise<Scenario> {
    return ctx.services.lifecycle.reject(ctx, id, comment);
  }

  @Authorized('PLANNER', 'ADMIN')
  @Mutation(() => Scenario, { description: 'SUBMITTED or APPROVED → WITHDRAWN, with the reason (撤回).' })
  withdrawScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<Scenario> {
    return ctx.services.lifecycle.withdraw(ctx, id, reason);
  }

  @Authorized('HR', 'ADMIN')
  @Mutation(() => Scenario, {
    description: 'APPROVED → PUBLISHED: the notice (公示) opens for the region\'s window of working days; its public page is at noticeWindow.publicPath.',
  })
  publishScenario(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    return ctx.services.lifecycle.publish(ctx, id);
  }

  @Authorized('HR', 'ADMIN')
  @Mutation(() => Scenario, {
    description: 'PUBLISHED → CLOSED (公示结束) once the window has ended and every objection is decided; CONFLICT with the reason before.',
  })
  closeScenarioNotice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    return ctx.services.lifecycle.close(ctx, id);
  }

  @Authorized('HR', 'ADMIN')
  @Mutation(() => ScenarioObjection, { description: 'Records an objection to a published notice on a teacher\'s behalf (登记异议).' })
  recordObjection(@Ctx() ctx: RequestContext, @Arg('scenarioId', () => ID) scenarioId: string, @Arg('input') input: RecordObjectionInput): Promise<ScenarioObjection> {
    return ctx.services.objections.record(ctx, scenarioId, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ScenarioObjection, {
    description: 'Decides an objection (处理异议). UPHELD takes the teacher off the plan and re-solves around it; the changed lines are the supplementary notice.',
  })
  decideObjection(
    @Ctx() ctx: RequestContext, @Arg('scenarioId', () => ID) scenarioId: string, @Arg('objectionId', () => ID) objectionId: string,
    @Arg('input') input: DecideObjectionInput,
  ): Promise<ScenarioObjection> {
    return ctx.services.objections.decide(ctx, scenarioId, objectionId, input);
  }
}
