import { Field, ObjectType } from 'type-graphql';
import type { RegionNode } from '../../auth/region-tree';
import { RegionKindEnum } from '../enums/register-enums';

@ObjectType({ description: 'A node of the region tree: a city (市) or a county (县/区).' })
export class Region {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionKindEnum)
  kind!: RegionNode['kind'];

  @Field(() => String, { nullable: true })
  parentCode!: string | null;
}

export function toRegion(node: RegionNode): Region {
  return Object.assign(new Region(), { code: node.code, name: node.name, kind: node.kind, parentCode: node.parentCode });
}
