import type { Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';
import { RetirementSchedule } from '../standard-set/retirement-schedule.type';
import { SchoolOutlook } from './school-outlook.type';

@ObjectType({ simpleResolvers: true, description: 'A county\'s figures of one forecast year.' })
export class OutlookTotals {
  @Field(() => Int) year!: number;
  @Field(() => Int) students!: number;
  @Field(() => Int) intake!: number;
  @Field(() => Int) graduates!: number;
  @Field(() => Int) classesNeeded!: number;
  @Field(() => Int, { description: 'Classes needed at the schools whose classrooms are recorded.' }) classesNeededWhereRoomsKnown!: number;
  @Field(() => Int) classroomsAvailable!: number;
  @Field(() => Int, { description: 'Sum of the schools\' classroom shortfalls.' }) classroomShortfall!: number;
  @Field(() => Int) teachersPresent!: number;
  @Field(() => Int) teachersNeeded!: number;
  @Field(() => Int, { description: 'Sum of the sections\' gaps (a surplus at one school does not cover another).' }) teacherGap!: number;
  @Field(() => Int) retiring!: number;
  @Field(() => Int) rotationLeaving!: number;
  @Field(() => Int) onLoan!: number;
  @Field(() => Int, { description: 'Hires of applied plans not yet on the roster, counted in teachersPresent.' }) hiresExpected!: number;
  @Field(() => Int) schoolsShortOfClassrooms!: number;
  @Field(() => Int) schoolsShortOfTeachers!: number;
}

@ObjectType({ simpleResolvers: true })
export class OutlookClassRule {
  @Field(() => LevelEnum) level!: Level;
  @Field(() => Float, { nullable: true }) avgClassSizeMax!: number | null;
  @Field(() => Int) oversizedClassMin!: number;
  @Field(() => Int, { nullable: true }) classes56PlusMax!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'The inputs of a county\'s outlook.' })
export class OutlookBasis {
  @Field(() => Int) baseYear!: number;
  @Field(() => [String], { description: 'September 1 of each year: where ages and rotation terms are judged.' }) referenceDates!: string[];
  @Field(() => Float) transferRate!: number;
  @Field(() => Int, { description: 'Men\'s base retirement age; the age rises by birth month to retirementMen.maxAge.' }) retirementAgeMen!: number;
  @Field(() => Int, { description: 'Women teachers\' base retirement age; rises to retirementWomen.maxAge.' }) retirementAgeWomen!: number;
  @Field(() => RetirementSchedule, { description: 'The schedule retirements were forecast by (men).' }) retirementMen!: RetirementSchedule;
  @Field(() => RetirementSchedule, { description: 'The schedule retirements were forecast by (women).' }) retirementWomen!: RetirementSchedule;
  @Field({ description: 'Both schedules in words.' }) retirementRule!: string;
  @Field(() => [OutlookClassRule]) classRules!: OutlookClassRule[];
  @Field(() => Int) sectionsWithGrades!: number;
  @Field(() => Int) coarseSections!: number;
  @Field(() => Int) intakeGiven!: number;
  @Field(() => Int) intakeFromTownship!: number;
  @Field(() => Int) intakeFromFirstGrade!: number;
  @Field(() => Int) intakeCoarse!: number;
}

@ObjectType({ description: '五年展望 of a county (五三一): yearly totals and the schools that run short first.' })
export class CountyOutlook {
  @Field(() => LevelEnum, { nullable: true }) level!: Level | null;
  @Field(() => Int, { description: 'The school year of the data; the outlook covers the years after it.' }) baseYear!: number;
  @Field(() => [Int]) years!: number[];
  @Field({ description: 'Some section has no 年级 data: its forecast comes from the section total.' }) coarse!: boolean;
  @Field(() => OutlookBasis) basis!: OutlookBasis;
  @Field(() => [OutlookTotals]) totals!: OutlookTotals[];
  @Field(() => Int, { description: 'Schools in the outlook (see schools for the first ones).' }) schoolCount!: number;
  /** Every school, those that run short first; served page by page by `schools(first)`. */
  allSchools!: SchoolOutlook[];
}
