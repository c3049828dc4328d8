import type { Level } from '@junheng/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';
import { Check } from '../section/check.type';
import { IndicatorValues } from '../section/indicator-values.type';

@ObjectType({ simpleResolvers: true, description: 'A section\'s indicators and checks.' })
export class SectionState {
  @Field(() => Int) teachers!: number;
  @Field(() => IndicatorValues) indicators!: IndicatorValues;
  @Field(() => [Check]) checks!: Check[];
  @Field({ description: 'Every check passes.' }) compliant!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A section before and after the plan.' })
export class SectionChange {
  @Field() schoolCode!: string;
  @Field(() => String, { nullable: true }) schoolName!: string | null;
  @Field(() => LevelEnum) level!: Level;
  @Field(() => SectionState) before!: SectionState;
  @Field(() => SectionState) after!: SectionState;
}
