import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One change of a school\'s staffing quota (编制变动记录).' })
export class QuotaChange {
  @Field({ description: 'When, ISO 8601.' }) at!: string;
  @Field(() => Int, { description: 'Posts (编制) before.' }) postsBefore!: number;
  @Field(() => Int, { description: 'Posts after.' }) postsAfter!: number;
  @Field(() => Int, { description: 'postsAfter − postsBefore: positive for posts received.' }) change!: number;
  @Field({ description: 'PLAN_TRANSFER (an applied plan\'s post transfer, 编制调剂), PLAN_EXTRA_QUOTA (an applied plan\'s extra quota, 增编) or IMPORT (a roster import).' })
  source!: string;
  @Field(() => String, { nullable: true, description: 'The applied scenario (plan sources).' }) scenarioId!: string | null;
  @Field(() => String, { nullable: true, description: 'Its name, while the scenario exists.' }) scenarioName!: string | null;
  @Field(() => String, { nullable: true, description: 'The other school of a post transfer.' }) otherSchoolCode!: string | null;
  @Field(() => String, { nullable: true }) otherSchoolName!: string | null;
  @Field(() => String, { nullable: true, description: 'Who made it (null for VIEWER).' }) username!: string | null;
  @Field() reason!: string;
}
