import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Head counts of a county.' })
export class CountyCounts {
  @Field(() => Int)
  schools!: number;

  @Field(() => Int)
  students!: number;

  @Field(() => Int, { description: 'Teachers who count (ACTIVE or LEAVE).' })
  teachers!: number;

  @Field(() => Int, { description: 'Teachers seconded to non-school bodies (ON_LOAN), due to return.' })
  onLoanTeachers!: number;

  @Field(() => Int, { description: 'Sections passing every check.' })
  compliantSections!: number;

  @Field(() => Int)
  sections!: number;
}
