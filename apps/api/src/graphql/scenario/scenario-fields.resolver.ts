import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PlanResult } from '../plan/plan.type';
import { Scenario } from './scenario.type';

@Resolver(() => Scenario)
export class ScenarioFieldsResolver {
  @FieldResolver(() => PlanResult, { nullable: true, description: 'The plan, once solved.' })
  plan(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<PlanResult | null> {
    return ctx.services.plans.forScenario(ctx, scenario.id, scenario.countyCode);
  }
}
