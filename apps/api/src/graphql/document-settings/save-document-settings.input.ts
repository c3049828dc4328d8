import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: "A region's issuing body and 文号 pattern." })
export class SaveDocumentSettingsInput {
  @Field({ description: 'The city or county that issues the documents.' })
  @IsNotEmpty()
  @MaxLength(12)
  regionCode!: string;

  @Field({ description: '发文机关全称, e.g. 道县教育局.' })
  @MaxLength(100)
  issuer!: string;

  @Field({ description: 'With {year} and {n}, e.g. 道教发〔{year}〕{n}号.' })
  @MaxLength(100)
  numberPattern!: string;
}
