import type { AreaType, IndicatorCode, Level, SchoolKind } from '@junheng/domain';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AreaTypeEnum, IndicatorCodeEnum, LevelEnum, SchoolKindEnum } from '../enums/register-enums';

@InputType()
export class SchoolFilter {
  @Field(() => SchoolKindEnum, { nullable: true })
  kind?: SchoolKind;

  @Field(() => AreaTypeEnum, { nullable: true })
  area?: AreaType;

  @Field({ nullable: true })
  weak?: boolean;

  @Field(() => LevelEnum, { nullable: true, description: 'Schools with a section of this level.' })
  level?: Level;

  @Field(() => IndicatorCodeEnum, { nullable: true, description: 'Only schools with a section (of `level`, if given) failing this indicator.' })
  failing?: IndicatorCode;

  @Field({ nullable: true, description: 'Text in the school name or code (学校名称或标识码).' })
  @MaxLength(50)
  search?: string;
}
