import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { StandardSet } from './standard-set.type';
import { toStandardSet } from './to-standard-set';

@Resolver(() => StandardSet)
export class StandardSetResolver {
  @Authorized()
  @Query(() => StandardSet, { description: 'The standard set indicators are judged by.' })
  standardSet(@Ctx() ctx: RequestContext): StandardSet {
    return toStandardSet(ctx.standardSet);
  }
}
