import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PlanResult } from '../plan/plan.type';
import { Scenario } from './scenario.type';

@Resolver(() => Scenario)
export class ScenarioFieldsResolver {
  @FieldResolver(() => PlanResult, { nullable: true, description: 'The plan, once solved. With `year`, that year of a multi-year plan (its rotations, hires, splits, shortfalls, cost and check, retirements and returning teachers); a year the plan does not span: BAD_USER_INPUT naming the plan\'s years. Without it: the plan as always (a multi-year plan\'s first year).' })
  plan(
    @Root() scenario: Scenario,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'A school year of the plan (PlanResult.years).' }) year?: number | null,
  ): Promise<PlanResult | null> {
    return ctx.services.plans.forScenario(ctx, scenario.id, scenario.countyCode, year);
  }
}
