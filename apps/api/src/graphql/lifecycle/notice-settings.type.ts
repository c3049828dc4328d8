import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A day a region does not work: notice windows skip it.' })
export class RegionHoliday {
  @Field({ description: 'The region that keeps it (a county inherits its city\'s and province\'s).' })
  regionCode!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field()
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'How long a region\'s public notices stay open, and the days they skip.' })
export class NoticeSettings {
  @Field()
  regionCode!: string;

  @Field(() => Int, { description: 'Working days in force (the region\'s own, else its parent\'s, else 5).' })
  workingDays!: number;

  @Field(() => Int, { nullable: true, description: 'The region\'s own setting; null: inherited.' })
  ownWorkingDays!: number | null;

  @Field(() => [RegionHoliday], { description: 'Holidays in force: the region\'s and its parents\', by date.' })
  holidays!: RegionHoliday[];
}
