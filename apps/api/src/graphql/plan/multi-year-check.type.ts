import type { MultiYearCheck as DomainMultiYearCheck } from '@junheng/domain';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One thing the multi-year checker found wrong with the years together.' })
export class MultiYearProblem {
  @Field(() => Int, { nullable: true, description: 'The plan year it is in; null for the plan as a whole.' }) year!: number | null;
  @Field({
    description: 'YEARS, YEAR_CHECK, STUDENTS, SHORTFALLS, ROTATION_TERM, ROTATION_ENDED_EARLY, ROTATION_NOT_RETURNED, ROTATING_TEACHER_MOVED, '
      + 'HIRE_NOT_CARRIED, RETIRED_STILL_PRESENT, RETIRED_TEACHER_IN_PLAN, RETIREMENTS, RETURNING, CARRIED_COST, YEAR_COST, BUDGET_CAP, OVER_CAP or REGION_MISMATCH.',
  }) code!: string;
  @Field({ description: 'In Chinese, naming the year, the school and the teacher (by staff number).' }) message!: string;
  @Field(() => String, { nullable: true }) schoolCode!: string | null;
  @Field(() => String, { nullable: true }) staffNo!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The multi-year checker\'s verdict (多年方案校验): the years replayed from the region the plan was solved from, independently of the solver, '
    + 'each year\'s plan checked on its year, rotations, hires and retirements carried from year to year, carried costs and caps.',
})
export class MultiYearCheck {
  @Field() passes!: boolean;
  @Field(() => [MultiYearProblem]) problems!: MultiYearProblem[];
}

/** The stored verdict as the API shows it (null when none was stored: a one-year plan, or one stored before the check). */
export function toMultiYearCheck(check: DomainMultiYearCheck | null | undefined): MultiYearCheck | null {
  if (!check) return null;
  return Object.assign(new MultiYearCheck(), {
    passes: check.passes,
    problems: check.problems.map((p) => Object.assign(new MultiYearProblem(), {
      year: p.year, code: p.code, message: p.message, schoolCode: p.schoolCode ?? null, staffNo: p.staffNo ?? null,
    })),
  });
}
