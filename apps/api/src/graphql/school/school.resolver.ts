import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { SchoolConnection } from './school-connection.type';
import { School } from './school.type';
import { SchoolsArgs } from './schools.args';

@Resolver(() => School)
export class SchoolResolver {
  @Authorized()
  @Query(() => School, { nullable: true, description: 'A school of your region by its code; null if there is none (in your region).' })
  school(@Ctx() ctx: RequestContext, @Arg('code') code: string): Promise<School | null> {
    return ctx.services.schools.findByCode(ctx, code);
  }

  @Authorized()
  @Query(() => SchoolConnection, { description: 'Schools of your region (or of one county of it), in code order or `orderBy`.' })
  schools(@Ctx() ctx: RequestContext, @Args() args: SchoolsArgs): Promise<SchoolConnection> {
    return ctx.services.schools.list(ctx, args);
  }
}
