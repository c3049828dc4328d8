import type { IndicatorCode } from '@junheng/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { IndicatorCodeEnum } from '../enums/register-enums';

@ObjectType({ simpleResolvers: true, description: 'The national verdict (六项达标、余项不低于85%) over Q1-Q3 and F1-F4.' })
export class SixOfSevenVerdict {
  @Field(() => Boolean, { nullable: true, description: 'Null where the level is not judged by the rule (senior).' })
  meets!: boolean | null;

  @Field(() => Int)
  passing!: number;

  @Field(() => [IndicatorCodeEnum])
  failing!: IndicatorCode[];
}
