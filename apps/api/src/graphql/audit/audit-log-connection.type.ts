import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection';
import { AuditLogEntry } from './audit-log-entry.type';

@ObjectType()
export class AuditLogConnection extends ConnectionType(AuditLogEntry, 'AuditLogEntry') {}
