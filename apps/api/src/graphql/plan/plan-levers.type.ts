import type { IndicatorCode, Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorCodeEnum, LevelEnum } from '../enums/register-enums';

@ObjectType({ description: 'Vacant posts (编制) moved from one school of the county to another (统筹编制, 县管校聘): a line of the 编制调剂表.' })
export class PlanPostTransfer {
  @Field({ description: 'The giving school\'s code (调出学校); `fromSchool` has its name.' }) fromSchoolCode!: string;
  @Field({ description: 'The receiving school\'s code (调入学校); `toSchool` has its name.' }) toSchoolCode!: string;
  @Field(() => Int, { description: 'Posts moved (编制数).' }) posts!: number;
  @Field({ description: 'Why, e.g. "调入空编 3 个，用于补足教职工编制缺口：某某村小学".' }) reason!: string;
  @Field(() => Float, { description: 'Administrative cost of these transfers, yuan a year (0 unless the standard set prices them).' }) annualCost!: number;
}

@ObjectType({ description: 'A teacher on loan (借调) recalled to their school (借调返校) from the plan\'s start date.' })
export class PlanRecall {
  /** Not in the schema: the county of the teacher, for the DataLoader key. */
  countyCode!: string;

  @Field() staffNo!: string;
  @Field({ description: 'The school the teacher belongs to and returns to; `school` has its name.' }) schoolCode!: string;
  @Field(() => LevelEnum) level!: Level;
  @Field({ description: 'Which indicator of which school the recall serves.' }) reason!: string;
  @Field(() => IndicatorCodeEnum, { nullable: true }) indicator!: IndicatorCode | null;
  @Field({ description: 'From this date (the plan\'s start) the teacher counts at the school (返校日期).' }) startDate!: string;
  @Field(() => Float, { description: 'Yearly cost of the recall, yuan (0 unless the standard set prices it).' }) annualCost!: number;
}
