import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/require-viewer';
import type { RequestContext } from '../../context';
import { School } from '../school/school.type';
import { Teacher } from '../teacher/teacher.type';
import { toTeacher } from '../teacher/to-teacher';
import { SchoolRotation } from './school-rotation.type';

/** A school rotation's teacher and other school as objects, through the request's DataLoaders. */
@Resolver(() => SchoolRotation)
export class SchoolRotationFieldsResolver {
  @FieldResolver(() => Teacher, { nullable: true, description: 'The teacher (personal data per your role); null if no longer in the roster.' })
  async teacher(@Root() r: SchoolRotation, @Ctx() ctx: RequestContext): Promise<Teacher | null> {
    const entity = await ctx.loaders.teacherByStaffNo.load(`${r.countyCode}:${r.staffNo}`);
    return entity ? toTeacher(entity, requireViewer(ctx).role, ctx.planYear, ctx.standardSet) : null;
  }

  @FieldResolver(() => School, { nullable: true, description: 'The sending school of a rotation IN, the receiving school of one OUT.' })
  otherSchool(@Root() r: SchoolRotation, @Ctx() ctx: RequestContext): Promise<School | null> {
    return ctx.services.schools.findByCode(ctx, r.otherSchoolCode);
  }
}
