import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection';
import { SchoolRotation } from './school-rotation.type';

@ObjectType()
export class SchoolRotationConnection extends ConnectionType(SchoolRotation, 'SchoolRotation') {}
