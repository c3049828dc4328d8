import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { County } from '../county/county.type';
import { SchoolOutlook } from '../outlook/school-outlook.type';
import { SchoolRotationConnection } from '../rotation/school-rotation-connection.type';
import { SchoolPlannedRotationsArgs, SchoolRotationsArgs } from '../rotation/school-rotations.args';
import { Section } from '../section/section.type';
import { TeacherConnection } from '../teacher/teacher-connection.type';
import { SchoolTeachersArgs } from '../teacher/teachers.args';
import { Facilities } from './facilities.type';
import { QuotaChange } from './quota-change.type';
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

  @FieldResolver(() => [QuotaChange], { description: 'Changes of the quota (编制变动记录), newest first: applied plans\' post transfers and extra quota, roster imports. `first`: at most 500.' })
  quotaHistory(
    @Root() school: School, @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<QuotaChange[]> {
    return ctx.services.quotaHistory.ofSchool(ctx, school, Math.max(0, Math.min(first, 500)));
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

  @FieldResolver(() => SchoolRotationConnection, {
    description: 'Rotations (交流轮岗) in effect: teachers on loan into the school (IN) and its teachers on loan to others (OUT), IN first, by staff number. Not for VIEWER (FORBIDDEN).',
  })
  rotations(@Root() school: School, @Ctx() ctx: RequestContext, @Args() args: SchoolRotationsArgs): Promise<SchoolRotationConnection> {
    return ctx.services.rotations.inEffect(ctx, school, args);
  }

  @FieldResolver(() => SchoolRotationConnection, {
    description: 'Rotations into or out of the school that a scenario\'s plan proposes. Not for VIEWER (FORBIDDEN); NOT_FOUND for a scenario outside your region; BAD_USER_INPUT without a plan.',
  })
  plannedRotations(@Root() school: School, @Ctx() ctx: RequestContext, @Args() args: SchoolPlannedRotationsArgs): Promise<SchoolRotationConnection> {
    return ctx.services.rotations.planned(ctx, school, args);
  }

  @FieldResolver(() => SchoolOutlook, { nullable: true, description: '五年展望 of the school for the next 1 to 5 school years.' })
  outlook(@Root() school: School, @Ctx() ctx: RequestContext, @Arg('years', () => Int, { defaultValue: 5 }) years: number): Promise<SchoolOutlook | null> {
    return ctx.services.outlook.school(ctx, school, years);
  }
}
