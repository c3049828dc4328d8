import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../relay/page.args';
import { RotationDirectionEnum, type RotationDirection } from './rotation-direction.enum';

@ArgsType()
export class SchoolRotationsArgs extends PageArgs {
  @Field(() => RotationDirectionEnum, { nullable: true, description: 'Only rotations into (IN) or out of (OUT) the school.' })
  @IsOptional()
  direction?: RotationDirection;
}

@ArgsType()
export class SchoolPlannedRotationsArgs extends SchoolRotationsArgs {
  @Field(() => ID, { description: 'A scenario of your region with a plan.' })
  scenarioId!: string;
}
