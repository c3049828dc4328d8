import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { County } from './county.type';

@Resolver(() => County)
export class CountyResolver {
  @Authorized()
  @Query(() => [County], { description: 'The counties of your region.' })
  counties(@Ctx() ctx: RequestContext): Promise<County[]> {
    return ctx.services.counties.list(ctx);
  }

  @Authorized()
  @Query(() => County, { nullable: true })
  county(@Ctx() ctx: RequestContext, @Arg('code') code: string): Promise<County | null> {
    return ctx.services.counties.findByCode(ctx, code);
  }
}
