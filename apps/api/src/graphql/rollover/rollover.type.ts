import type { Level } from '@junheng/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';

@ObjectType({ description: 'A teacher whose rotation term has ended, going back to their home school (编制所在学校).' })
export class RolloverReturn {
  @Field() staffNo!: string;
  @Field() name!: string;
  @Field() subject!: string;
  @Field(() => LevelEnum) level!: Level;
  @Field({ description: 'Where they teach until the rollover (交流学校).' }) fromSchoolCode!: string;
  @Field() fromSchoolName!: string;
  @Field({ description: 'Their home school, where they teach after it.' }) toSchoolCode!: string;
  @Field() toSchoolName!: string;
  @Field({ description: 'The day their term ended (交流期满日期), YYYY-MM-DD.' }) rotationEnd!: string;
}

@ObjectType({ description: 'The year rollover (学年轮转) of a county: who returns home at September 1 of the year.' })
export class Rollover {
  @Field() countyCode!: string;
  @Field(() => Int) year!: number;
  @Field({ description: 'The day judged: September 1 of the year. Terms ending on or before it end.' }) date!: string;
  @Field(() => [RolloverReturn]) returns!: RolloverReturn[];
  @Field(() => [String], { description: 'Staff numbers of teachers with an ended term but no home school on record: only the term is cleared.' })
  termsCleared!: string[];
  @Field({ description: 'false for a preview; true once written.' }) applied!: boolean;
}
