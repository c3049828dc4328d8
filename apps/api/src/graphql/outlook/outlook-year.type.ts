import type { IntakeSource, Level } from '@junheng/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';

export const IntakeSourceEnum = { GIVEN: 'GIVEN', TOWNSHIP: 'TOWNSHIP', FIRST_GRADE: 'FIRST_GRADE', COARSE: 'COARSE' } as const;
registerEnumType(IntakeSourceEnum, {
  name: 'IntakeSource',
  description: "Where a year's first-grade intake comes from: GIVEN the school's 入学预测, TOWNSHIP its share of the township's, FIRST_GRADE this year's first grade again (no forecast), COARSE the section's average cohort (no 年级 data).",
});

export const StaffingRuleEnum = { Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', R: 'R', T: 'T' } as const;
registerEnumType(StaffingRuleEnum, {
  name: 'StaffingRule',
  description: 'Q1 qualified, Q2 backbone, Q3 PE and arts teachers per 100 students; R students per teacher; T teaching periods of the classes.',
});

@ObjectType({ simpleResolvers: true, description: 'Teachers a section needs by one staffing rule, against those it has.' })
export class StaffingNeed {
  @Field(() => StaffingRuleEnum)
  indicator!: keyof typeof StaffingRuleEnum;

  @Field(() => Int, { description: 'Fewest teachers of that kind that meet the rule.' })
  needed!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int, { description: 'Missing teachers of that kind (0 when met).' })
  gap!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One section in one forecast year.' })
export class SectionOutlookYear {
  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => Int)
  students!: number;

  @Field(() => [Int], { description: 'Students per grade, the level\'s first grade first.' })
  grades!: number[];

  @Field(() => Int)
  intake!: number;

  @Field(() => IntakeSourceEnum)
  intakeSource!: IntakeSource;

  @Field(() => Int, { description: 'Last year\'s top grade, who left.' })
  graduates!: number;

  @Field(() => Int, { description: 'Classes the grades need under the class-size rule.' })
  classesNeeded!: number;

  @Field(() => Int, { description: 'Counted teachers (ACTIVE or LEAVE) still there at September 1.' })
  teachersPresent!: number;

  @Field(() => Int, { description: 'The larger of rules R and T.' })
  teachersNeeded!: number;

  @Field(() => Int)
  teacherGap!: number;

  @Field(() => [StaffingNeed])
  needs!: StaffingNeed[];

  @Field(() => Int, { description: 'Counted teachers who reached the statutory retirement age since last year.' })
  retiring!: number;

  @Field(() => Int, { description: 'Rotating teachers whose term ended, gone back to their home school.' })
  rotationLeaving!: number;

  @Field(() => Int, { description: 'Teachers of this section back from a rotation elsewhere.' })
  rotationReturning!: number;

  @Field(() => Int, { description: 'ON_LOAN teachers of the section (counted nowhere, due back).' })
  onLoan!: number;

  @Field(() => Int, { description: 'Hires of applied plans not yet on the roster (earmarked posts), counted in teachersPresent.' })
  hiresExpected!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One school in one forecast year.' })
export class SchoolOutlookYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  students!: number;

  @Field(() => Int, { description: 'Classes needed by all the school\'s sections.' })
  classesNeeded!: number;

  @Field(() => Int, { nullable: true, description: '普通教室数; null when not recorded.' })
  classroomsAvailable!: number | null;

  @Field(() => Int, { nullable: true, description: 'Classes beyond the classrooms; null when the classrooms are not recorded.' })
  classroomShortfall!: number | null;

  @Field(() => Int)
  teachersPresent!: number;

  @Field(() => Int)
  teachersNeeded!: number;

  @Field(() => Int)
  teacherGap!: number;

  @Field(() => [SectionOutlookYear])
  sections!: SectionOutlookYear[];
}
