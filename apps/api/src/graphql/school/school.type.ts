import type { AreaType, SchoolKind } from '@junheng/domain';
import { Field, Float, ObjectType } from 'type-graphql';
import { AreaTypeEnum, SchoolKindEnum } from '../enums/register-enums';
import { Node } from '../relay/node.interface';

@ObjectType({ implements: Node })
export class School extends Node {
  @Field({ description: '学校标识码, the official 10-digit code.' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  countyCode!: string;

  @Field(() => SchoolKindEnum)
  kind!: SchoolKind;

  @Field(() => AreaTypeEnum)
  area!: AreaType;

  @Field({ description: '薄弱学校.' })
  weak!: boolean;

  @Field()
  township!: string;

  @Field(() => String, { nullable: true, description: '教育集团 the school belongs to.' })
  educationGroup!: string | null;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;
}
