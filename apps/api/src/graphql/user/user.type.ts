import { Field, ObjectType } from 'type-graphql';
import type { Role } from '../../auth/role';
import { RoleEnum } from '../enums/register-enums';
import { Node } from '../relay/node.interface';

@ObjectType({ implements: Node })
export class User extends Node {
  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'County or city code of the user\'s region (null: the development bypass, every county).' })
  regionCode!: string | null;
}
