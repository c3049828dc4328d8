import { Field, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../enums/register-enums';
import type { Role } from '../../auth/role';

@ObjectType({ simpleResolvers: true, description: 'A demo account (demo mode only: created by the demo loader, never in production).' })
export class DemoUser {
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field() regionCode!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What the login page and every client may know before logging in.' })
export class ServerInfo {
  @Field(() => Int, { description: 'The plan year: tenure and rotation eligibility are judged at September 1 of it.' })
  planYear!: number;

  @Field({ description: 'The server runs with the demo data (never in production).' })
  demo!: boolean;

  @Field(() => [DemoUser], { description: 'The demo accounts (password junheng-demo) in demo mode; empty otherwise.' })
  demoUsers!: DemoUser[];
}
