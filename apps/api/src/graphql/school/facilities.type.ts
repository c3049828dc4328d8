import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Facilities of a school, shared by its sections (F1-F4).' })
export class Facilities {
  @Field(() => Float)
  floorAreaM2!: number;

  @Field(() => Float)
  sportsAreaM2!: number;

  @Field(() => Float)
  equipmentYuan!: number;

  @Field(() => Int)
  multimediaRooms!: number;
}
