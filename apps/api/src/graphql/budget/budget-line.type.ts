import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.interface';

@ObjectType({ implements: Node })
export class BudgetLine extends Node {
  @Field(() => Int)
  year!: number;

  @Field()
  countyCode!: string;

  @Field({ description: '科目, e.g. 人员经费, 交流轮岗补贴, 新增教师.' })
  category!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Float, { description: 'Committed by applied plans.' })
  committed!: number;

  @Field(() => Float)
  remaining!: number;
}
