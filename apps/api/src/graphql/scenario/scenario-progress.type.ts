import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Where a run stands.' })
export class ScenarioProgress {
  @Field({ description: 'QUEUED, LOADING, BUILDING, SOLVING, CHECKING, STORING or DONE.' })
  stage!: string;

  @Field(() => Float, { description: 'Share of the work done, 0 to 1.' })
  fraction!: number;

  @Field(() => Float, { nullable: true, description: 'Best objective found so far.' })
  incumbent!: number | null;

  @Field(() => Int, { nullable: true, description: 'Attempt number (a job retried after a worker stopped counts 2, ...).' })
  attempt!: number | null;

  @Field(() => String, { nullable: true })
  updatedAt!: string | null;
}
