import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';
import { SchoolFilter } from './school-filter.input';
import { SchoolOrder } from './school-order.input';

@ArgsType()
export class SchoolsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'One county of your region; all of it when omitted.' })
  @IsOptional()
  countyCode?: string;

  @Field(() => SchoolFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SchoolFilter;

  @Field(() => SchoolOrder, { nullable: true, description: 'Default: code, ascending. A cursor is valid only with the order it came from.' })
  @IsOptional()
  @ValidateNested()
  orderBy?: SchoolOrder;
}

@ArgsType()
export class CountySchoolsArgs extends PageArgs {
  @Field(() => SchoolFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SchoolFilter;

  @Field(() => SchoolOrder, { nullable: true, description: 'Default: code, ascending. A cursor is valid only with the order it came from.' })
  @IsOptional()
  @ValidateNested()
  orderBy?: SchoolOrder;
}
