import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export const RecallScopeKindEnum = { ALL: 'ALL', NONE: 'NONE', LISTED: 'LISTED' } as const;
registerEnumType(RecallScopeKindEnum, {
  name: 'RecallScopeKind',
  description: 'Which teachers on loan (借调) the plan may recall: ALL 全部, NONE 不召回, LISTED only the listed staff numbers.',
});

@InputType({ description: 'Which teachers on loan (借调) the plan may recall to their school (借调返校).' })
export class RecallScopeInput {
  @Field(() => RecallScopeKindEnum)
  @IsEnum(RecallScopeKindEnum)
  kind!: keyof typeof RecallScopeKindEnum;

  @Field(() => [String], { nullable: true, description: 'LISTED only: staff numbers of teachers on loan in the county (at least one).' })
  @IsOptional()
  @ArrayMaxSize(20000)
  staffNos?: string[] | null;
}

@ObjectType({ description: 'Which teachers on loan the plan may recall.' })
export class RecallScope {
  @Field(() => RecallScopeKindEnum) kind!: keyof typeof RecallScopeKindEnum;
  @Field(() => [String], { description: 'LISTED: the staff numbers; otherwise empty.' }) staffNos!: string[];
}
