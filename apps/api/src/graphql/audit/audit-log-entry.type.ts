import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One row of the audit log: who did what, when (imports, applies and refused applies, exports, user and standard changes, login lockouts).', simpleResolvers: true })
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When, ISO 8601.' })
  at!: string;

  @Field({ description: 'Who acted (for LOGIN_LOCKOUT: the username tried).' })
  username!: string;

  @Field({ description: 'What: APPLY_PLAN, APPLY_REFUSED_STALE, APPLY_REFUSED_CONFLICT, CREATE_USER, UPDATE_USER, DELETE_USER, LOGIN_LOCKOUT, ...' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The county or city concerned.' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The object: a scenario id, a username, ...' })
  target!: string | null;

  @Field(() => String, { nullable: true, description: 'Details as JSON (never a password).' })
  details!: string | null;
}
