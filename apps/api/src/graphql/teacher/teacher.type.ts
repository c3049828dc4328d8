import type { BackboneLevel, Education, Gender, Level, TeacherStatus } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BackboneLevelEnum, EducationEnum, GenderEnum, LevelEnum, TeacherStatusEnum } from '../enums/register-enums';
import { Node } from '../relay/node.interface';

@ObjectType({ implements: Node, description: 'A teacher. Personal data (name, national ID, birth date) only for HR and ADMIN.' })
export class Teacher extends Node {
  /** Not in the schema. */
  schoolCode!: string;

  @Field()
  staffNo!: string;

  @Field(() => String, { nullable: true, description: 'HR and ADMIN only; null for other roles.' })
  name!: string | null;

  @Field(() => GenderEnum)
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; HR and ADMIN only, null for other roles.' })
  birthDate!: string | null;

  @Field({ description: 'National ID; masked (4311**********1234) for roles other than HR and ADMIN.' })
  idNumber!: string;

  @Field(() => LevelEnum, { description: 'Section taught.' })
  level!: Level;

  @Field()
  subject!: string;

  @Field(() => EducationEnum)
  education!: Education;

  @Field()
  title!: string;

  @Field()
  certificate!: boolean;

  @Field(() => BackboneLevelEnum)
  backbone!: BackboneLevel;

  @Field({ description: 'YYYY-MM: month the teacher started at the current school.' })
  startedAtSchool!: string;

  @Field(() => Int, { description: 'Full years at the school at the plan year\'s reference date (Sept 1).' })
  yearsAtSchool!: number;

  @Field({ description: '交流轮岗 eligibility at the plan year\'s reference date.' })
  eligibleForRotation!: boolean;

  @Field(() => TeacherStatusEnum)
  status!: TeacherStatus;

  @Field(() => Float, { description: 'Yearly cost to the budget, yuan.' })
  annualCost!: number;
}
