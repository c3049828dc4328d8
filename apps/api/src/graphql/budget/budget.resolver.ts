import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BudgetLine } from './budget-line.type';

@Resolver(() => BudgetLine)
export class BudgetResolver {
  @Authorized()
  @Query(() => [BudgetLine], { description: 'Budget lines of a county of your region for a year.' })
  budgets(@Ctx() ctx: RequestContext, @Arg('countyCode') countyCode: string, @Arg('year', () => Int) year: number): Promise<BudgetLine[]> {
    return ctx.services.budgets.list(ctx, countyCode, year);
  }
}
