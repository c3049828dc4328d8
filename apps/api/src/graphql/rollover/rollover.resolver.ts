import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Rollover } from './rollover.type';

@Resolver(() => Rollover)
export class RolloverResolver {
  @Authorized('HR', 'ADMIN')
  @Query(() => Rollover, { description: 'Who the year rollover (学年轮转) of September 1 of `year` would return to their home school. HR and ADMIN.' })
  rolloverPreview(@Ctx() ctx: RequestContext, @Arg('countyCode') countyCode: string, @Arg('year', () => Int) year: number): Promise<Rollover> {
    return ctx.services.rollover.preview(ctx, countyCode, year);
  }

  @Authorized('HR', 'ADMIN')
  @Mutation(() => Rollover, {
    description: 'Runs the year rollover: teachers whose term ended by September 1 of `year` return home, in one transaction (audited; scenarios computed before become STALE). HR and ADMIN.',
  })
  rollover(@Ctx() ctx: RequestContext, @Arg('countyCode') countyCode: string, @Arg('year', () => Int) year: number): Promise<Rollover> {
    return ctx.services.rollover.apply(ctx, countyCode, year);
  }
}
