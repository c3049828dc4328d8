import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection';
import { School } from './school.type';

@ObjectType()
export class SchoolConnection extends ConnectionType(School, 'School') {}
