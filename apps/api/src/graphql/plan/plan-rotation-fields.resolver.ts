import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { School } from '../school/school.type';
import { toSchool } from '../school/to-school';
import { Teacher } from '../teacher/teacher.type';
import { toTeacher } from '../teacher/to-teacher';
import { publicRotationPoints } from '@junheng/domain';
import { canSeePersonalData } from '../../auth/role';
import { PlanRotation, RotationPoints } from './plan-parts.type';

/** A rotation's teacher and schools as objects, through the request's DataLoaders. */
@Resolver(() => PlanRotation)
export class PlanRotationFieldsResolver {
  @FieldResolver(() => Teacher, { nullable: true, description: 'The teacher (personal data per your role); null if no longer in the roster.' })
  async teacher(@Root() r: PlanRotation, @Ctx() ctx: RequestContext): Promise<Teacher | null> {
    const entity = await ctx.loaders.teacherByStaffNo.load(`${r.countyCode}:${r.staffNo}`);
    return entity ? toTeacher(entity, requireViewer(ctx).role, ctx.planYear, (await ctx.standardSets()).of(entity.countyCode)) : null;
  }

  @FieldResolver(() => RotationPoints, {
    nullable: true,
    description: 'The teacher\'s rotation points (积分) and every part; HR and ADMIN see each part as computed, other roles the public form (no age, title or kind of hardship). Null in plans made before points.',
  })
  points(@Root() r: PlanRotation, @Ctx() ctx: RequestContext): RotationPoints | null {
    if (!r.points) return null;
    return canSeePersonalData(requireViewer(ctx).role) ? r.points : publicRotationPoints(r.points);
  }

  @FieldResolver(() => School, { nullable: true })
  async fromSchool(@Root() r: PlanRotation, @Ctx() ctx: RequestContext): Promise<School | null> {
    const entity = await ctx.loaders.schoolByCode.load(r.fromSchoolCode);
    return entity ? toSchool(entity) : null;
  }

  @FieldResolver(() => School, { nullable: true })
  async toSchool(@Root() r: PlanRotation, @Ctx() ctx: RequestContext): Promise<School | null> {
    const entity = await ctx.loaders.schoolByCode.load(r.toSchoolCode);
    return entity ? toSchool(entity) : null;
  }
}
