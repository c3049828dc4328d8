import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection';
import { User } from './user.type';

@ObjectType()
export class UserConnection extends ConnectionType(User, 'User') {}
