import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "A region's issuing body (发文机关) and document number pattern (文号) for its official documents (GB/T 9704)." })
export class DocumentSettings {
  @Field() regionCode!: string;
  @Field({ description: '发文机关, printed in red at the top of the documents, e.g. 道县教育局.' }) issuer!: string;
  @Field({ description: 'The 文号 pattern with {year} and {n}, e.g. 道教发〔{year}〕{n}号.' }) numberPattern!: string;
  @Field({ description: 'The pattern filled in for this year and number 1, e.g. 道教发〔2027〕1号.' }) example!: string;
  @Field({ description: 'False: nobody saved settings yet; these are the defaults from the region\'s name.' }) saved!: boolean;
  @Field(() => String, { nullable: true }) updatedAt!: string | null;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;
}
