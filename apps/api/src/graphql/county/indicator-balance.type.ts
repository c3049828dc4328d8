import type { IndicatorCode, Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorCodeEnum, LevelEnum } from '../enums/register-enums';

@ObjectType({ simpleResolvers: true, description: '差异系数: enrolment-weighted coefficient of variation of an indicator across a level\'s schools.' })
export class IndicatorBalance {
  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => IndicatorCodeEnum)
  indicator!: IndicatorCode;

  @Field(() => Float, { nullable: true })
  cv!: number | null;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Int, { description: 'Schools (sections with students) in the figure.' })
  schools!: number;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field()
  passes!: boolean;
}
