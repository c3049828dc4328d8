import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../../context';
import { School } from '../school/school.type';
import { toSchool } from '../school/to-school';
import { PlanPostTransfer } from './plan-levers.type';

/** A post transfer's schools as objects, through the request's DataLoaders (as a rotation's). */
@Resolver(() => PlanPostTransfer)
export class PlanPostTransferFieldsResolver {
  @FieldResolver(() => School, { nullable: true, description: 'The giving school (调出学校); null if no longer in the data.' })
  async fromSchool(@Root() t: PlanPostTransfer, @Ctx() ctx: RequestContext): Promise<School | null> {
    const entity = await ctx.loaders.schoolByCode.load(t.fromSchoolCode);
    return entity ? toSchool(entity) : null;
  }

  @FieldResolver(() => School, { nullable: true, description: 'The receiving school (调入学校); null if no longer in the data.' })
  async toSchool(@Root() t: PlanPostTransfer, @Ctx() ctx: RequestContext): Promise<School | null> {
    const entity = await ctx.loaders.schoolByCode.load(t.toSchoolCode);
    return entity ? toSchool(entity) : null;
  }
}
