import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection';
import { Teacher } from './teacher.type';

@ObjectType()
export class TeacherConnection extends ConnectionType(Teacher, 'Teacher') {}
