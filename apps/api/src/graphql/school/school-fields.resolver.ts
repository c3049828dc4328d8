import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { County } from '../county/county.type';
import { Section } from '../section/section.type';
import { TeacherConnection } from '../teacher/teacher-connection.type';
import { SchoolTeachersArgs } from '../teacher/teachers.args';
import { Facilities } from './facilities.type';
import { School } from './school.type';

/** Fields of School that need more data, all through the request's DataLoaders. */
@Resolver(() => School)
export class SchoolFieldsResolver {
  @FieldResolver(() => County)
  async county(@Root() school: School, @Ctx() ctx: RequestContext): Promise<County> {
    return (await ctx.services.counties.findByCode(ctx, school.countyCode))!;
  }

  @FieldResolver(() => Int, { description: 'Approved teaching posts (编制).' })
  quota(@Root() school: School, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.schools.quota(ctx, school);
  }

  @FieldResolver(() => Int, { description: 'Posts not filled by counted teachers (有编即补 bounds hiring).' })
  vacancies(@Root() school: School, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.schools.vacancies(ctx, school);
  }

  @FieldResolver(() => Int, { description: 'Students of all sections.' })
  students(@Root() school: School, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.schools.students(ctx, school);
  }

  @FieldResolver(() => [Section])
  sections(@Root() school: School, @Ctx() ctx: RequestContext): Promise<Section[]> {
    return ctx.services.schools.sections(ctx, school);
  }

  @FieldResolver(() => Facilities, { nullable: true })
  facilities(@Root() school: School, @Ctx() ctx: RequestContext): Promise<Facilities | null> {
    return ctx.services.schools.facilities(ctx, school);
  }

  @FieldResolver(() => Int, { description: 'Teachers seconded to non-school bodies (ON_LOAN): they count nowhere and are due back.' })
  onLoanTeachers(@Root() school: School, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.schools.onLoanTeachers(ctx, school);
  }

  @FieldResolver(() => Boolean, { description: 'Every check of every section passes.' })
  compliant(@Root() school: School, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.schools.compliant(ctx, school);
  }

  @FieldResolver(() => TeacherConnection, { description: 'Not for VIEWER (FORBIDDEN).' })
  teachers(@Root() school: School, @Ctx() ctx: RequestContext, @Args() args: SchoolTeachersArgs): Promise<TeacherConnection> {
    return ctx.services.teachers.ofSchool(ctx, school, args);
  }
}
