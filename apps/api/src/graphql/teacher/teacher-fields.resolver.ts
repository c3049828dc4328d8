import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { School } from '../school/school.type';
import { Teacher } from './teacher.type';

@Resolver(() => Teacher)
export class TeacherFieldsResolver {
  @FieldResolver(() => School)
  async school(@Root() teacher: Teacher, @Ctx() ctx: RequestContext): Promise<School> {
    return (await ctx.services.schools.findByCode(ctx, teacher.schoolCode))!;
  }
}
