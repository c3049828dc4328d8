import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A city\'s or county\'s standard set: its changes to the national defaults.' })
export class SaveStandardSetInput {
  @Field({ description: 'The city or county the set is for (its counties without a set of their own follow a city\'s set).' })
  @IsNotEmpty()
  @MaxLength(12)
  regionCode!: string;

  @Field({ description: 'Shown wherever the set is named, e.g. "永州市义务教育优质均衡标准（2027）".' })
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field({ description: 'JSON object of changes to the national defaults, e.g. {"levels":{"PRIMARY":{"avgClassSizeMax":40}}}; null switches a level\'s threshold off.' })
  @MaxLength(20_000)
  overrides!: string;

  @Field(() => Int, { nullable: true, description: 'The `version` the editor started from (0 when the region had no set of its own); CONFLICT when someone saved in between.' })
  expectedVersion?: number | null;
}
