import type { Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';
import { IndicatorValues } from '../section/indicator-values.type';
import { IndicatorBalance } from './indicator-balance.type';

@ObjectType({ simpleResolvers: true, description: 'A county\'s sections of one level, taken together.' })
export class LevelSummary {
  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => Int)
  students!: number;

  @Field(() => Int, { description: 'Teachers who count (ACTIVE or LEAVE).' })
  teachers!: number;

  @Field(() => Int, { description: 'Schools with a section of this level.' })
  schools!: number;

  @Field(() => Int, { description: 'Of those, sections passing every check.' })
  compliantSchools!: number;

  @Field(() => IndicatorValues, { description: 'The level\'s indicators over the county\'s totals.' })
  indicators!: IndicatorValues;

  @Field(() => [IndicatorBalance])
  balance!: IndicatorBalance[];

  @Field(() => Int, { description: 'Sections judged by the six-of-seven rule.' })
  sixOfSevenJudged!: number;

  @Field(() => Int)
  sixOfSevenMeeting!: number;

  @Field(() => Float, { nullable: true })
  sixOfSevenShare!: number | null;
}
