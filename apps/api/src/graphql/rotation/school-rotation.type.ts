import type { IndicatorCode, Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorCodeEnum, LevelEnum } from '../enums/register-enums';
import { RotationDirectionEnum, type RotationDirection } from './rotation-direction.enum';

@ObjectType({ description: 'A teacher rotating (交流轮岗) into or out of a school: in effect, or proposed by a plan. `teacher` and `otherSchool` are objects.' })
export class SchoolRotation {
  /** Not in the schema: resolved to objects by the field resolvers. */
  countyCode!: string;
  otherSchoolCode!: string;

  @Field(() => RotationDirectionEnum)
  direction!: RotationDirection;

  @Field({ description: 'Staff number of the teacher.' })
  staffNo!: string;

  @Field(() => LevelEnum, { description: 'Section taught (kept by the rotation).' })
  level!: Level;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the term starts; for a rotation in effect, from the applied plan (null if no applied plan records it).' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the term ends.' })
  endDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Length of the term in years.' })
  termYears!: number | null;

  @Field(() => String, { nullable: true, description: 'Which indicator of which receiving school the move serves (the plan\'s words).' })
  reason!: string | null;

  @Field(() => IndicatorCodeEnum, { nullable: true })
  indicator!: IndicatorCode | null;

  @Field(() => Float, { nullable: true, description: 'Straight-line distance between the schools, km.' })
  distanceKm!: number | null;
}
