import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { School } from '../school/school.type';
import { toSchool } from '../school/to-school';
import { Teacher } from '../teacher/teacher.type';
import { toTeacher } from '../teacher/to-teacher';
import { PlanRecall } from './plan-levers.type';

/** A recall's teacher and school as objects, through the request's DataLoaders (as a rotation's). */
@Resolver(() => PlanRecall)
export class PlanRecallFieldsResolver {
  @FieldResolver(() => Teacher, { nullable: true, description: 'The teacher (personal data per your role); null if no longer in the roster.' })
  async teacher(@Root() r: PlanRecall, @Ctx() ctx: RequestContext): Promise<Teacher | null> {
    const entity = await ctx.loaders.teacherByStaffNo.load(`${r.countyCode}:${r.staffNo}`);
    return entity ? toTeacher(entity, requireViewer(ctx).role, ctx.planYear, (await ctx.standardSets()).of(entity.countyCode)) : null;
  }

  @FieldResolver(() => School, { nullable: true })
  async school(@Root() r: PlanRecall, @Ctx() ctx: RequestContext): Promise<School | null> {
    const entity = await ctx.loaders.schoolByCode.load(r.schoolCode);
    return entity ? toSchool(entity) : null;
  }
}
