import { IsISO8601, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Every given condition must hold.' })
export class AuditLogFilter {
  @Field({ nullable: true, description: 'One action, e.g. APPLY_PLAN.' })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[A-Z_]+$/, { message: 'action is an upper-case code such as APPLY_PLAN' })
  action?: string;

  @Field({ nullable: true, description: 'Who acted (exact username).' })
  @IsOptional()
  @MaxLength(64)
  username?: string;

  @Field({ nullable: true, description: 'From this instant (ISO 8601), inclusive.' })
  @IsOptional()
  @IsISO8601({}, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @Field({ nullable: true, description: 'Before this instant (ISO 8601), exclusive.' })
  @IsOptional()
  @IsISO8601({}, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}
