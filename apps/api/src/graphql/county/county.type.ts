import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.interface';

@ObjectType({ implements: Node, description: 'A county or district (县/区): the unit that owns quotas and moves teachers.' })
export class County extends Node {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The city (市) the county belongs to.' })
  cityCode!: string | null;

  @Field(() => Int, { description: 'Bumped by every import and apply of the county\'s data.' })
  dataVersion!: number;
}
