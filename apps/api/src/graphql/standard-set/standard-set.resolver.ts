import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { SaveStandardSetInput } from './save-standard-set.input';
import { StandardSet } from './standard-set.type';

@Resolver(() => StandardSet)
export class StandardSetResolver {
  @Authorized()
  @Query(() => StandardSet, { description: "The standard set a region's indicators are judged and its scenarios planned by: the county's own, else its city's, else the national defaults. Default: your region." })
  standardSet(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null): Promise<StandardSet> {
    return ctx.services.standardSets.ofRegion(ctx, regionCode);
  }

  @Authorized()
  @Query(() => StandardSet, { description: 'The national defaults (国家义务教育优质均衡标准) every regional set changes.' })
  nationalStandardSet(@Ctx() ctx: RequestContext): StandardSet {
    return ctx.services.standardSets.national(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => StandardSet, { description: "Saves a city's or county's standard set (ADMIN of that region). Its counties' indicators change at once; plans computed before become stale." })
  saveStandardSet(@Ctx() ctx: RequestContext, @Arg('input', () => SaveStandardSetInput) input: SaveStandardSetInput): Promise<StandardSet> {
    return ctx.services.standardSets.save(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StandardSet, { description: "Removes a region's own set; it follows its city's set, or the national defaults, again. Answers the set now in force." })
  resetStandardSet(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String) regionCode: string): Promise<StandardSet> {
    return ctx.services.standardSets.reset(ctx, regionCode);
  }
}
