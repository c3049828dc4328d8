import type { IndicatorCode } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorCodeEnum } from '../enums/register-enums';

@ObjectType({ simpleResolvers: true, description: 'One standard checked for a section.' })
export class Check {
  @Field(() => IndicatorCodeEnum)
  indicator!: IndicatorCode;

  @Field({ description: 'The indicator name as the national standard words it (Chinese).' })
  label!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float)
  threshold!: number;

  @Field()
  passes!: boolean;

  @Field(() => Int, { nullable: true, description: 'Fewest extra teachers of that kind that make it pass (Q1-Q3, R); null for other indicators.' })
  gapTeachers!: number | null;
}
