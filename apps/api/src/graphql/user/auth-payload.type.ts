import { Field, ObjectType } from 'type-graphql';
import { User } from './user.type';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field({ description: 'ISO 8601.' })
  expiresAt!: string;

  @Field(() => User)
  user!: User;
}
