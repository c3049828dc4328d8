import type { Level } from '@junheng/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { LevelEnum } from '../enums/register-enums';
import { Node } from '../relay/node.interface';
import { Check } from './check.type';
import { IndicatorValues } from './indicator-values.type';
import { SixOfSevenVerdict } from './six-of-seven.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: '学段: one level of a school, with its indicators and checks.' })
export class Section extends Node {
  /** Not in the schema: the school the section belongs to. */
  schoolCode!: string;

  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => Int)
  students!: number;

  @Field(() => Int)
  classes!: number;

  @Field(() => Int, { description: 'Classes of 56 students or more (大班额).' })
  classes56Plus!: number;

  @Field(() => Int, { description: 'Classes of 66 students or more (超大班额).' })
  classes66Plus!: number;

  @Field(() => Int, { description: 'Teachers who count (ACTIVE or LEAVE).' })
  teacherCount!: number;

  @Field(() => IndicatorValues)
  indicators!: IndicatorValues;

  @Field(() => [Check])
  checks!: Check[];

  @Field({ description: 'Every check passes.' })
  compliant!: boolean;

  @Field(() => SixOfSevenVerdict)
  sixOfSeven!: SixOfSevenVerdict;
}
