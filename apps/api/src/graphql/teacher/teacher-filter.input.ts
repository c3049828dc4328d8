import type { Education, Level, TeacherStatus } from '@junheng/domain';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EducationEnum, LevelEnum, TeacherStatusEnum } from '../enums/register-enums';

@InputType()
export class TeacherFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20)
  subject?: string;

  @Field(() => EducationEnum, { nullable: true })
  education?: Education;

  @Field({ nullable: true, description: 'Backbone teachers (county level or higher), or the others.' })
  backbone?: boolean;

  @Field({ nullable: true, description: 'Eligible for rotation at the plan year\'s reference date.' })
  eligibleForRotation?: boolean;

  @Field(() => LevelEnum, { nullable: true })
  level?: Level;

  @Field(() => TeacherStatusEnum, { nullable: true })
  status?: TeacherStatus;
}
