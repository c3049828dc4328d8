import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { TeacherConnection } from './teacher-connection.type';
import { Teacher } from './teacher.type';
import { TeachersArgs } from './teachers.args';

@Resolver(() => Teacher)
export class TeacherResolver {
  @Authorized('PLANNER', 'HR', 'ADMIN')
  @Query(() => TeacherConnection, { description: 'Teachers of your region, a county or a school of it, in id order. Not for VIEWER.' })
  teachers(@Ctx() ctx: RequestContext, @Args() args: TeachersArgs): Promise<TeacherConnection> {
    return ctx.services.teachers.list(ctx, args);
  }
}
