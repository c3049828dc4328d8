import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Indicator values of a section (or a level of a county), computed by the domain package. Null where undefined (no students, no teachers).' })
export class IndicatorValues {
  @Field(() => Float, { nullable: true, description: 'Q1: qualified teachers per 100 students.' })
  qualifiedPer100!: number | null;

  @Field(() => Float, { nullable: true, description: 'Q2: backbone teachers (county level or higher) per 100 students.' })
  backbonePer100!: number | null;

  @Field(() => Float, { nullable: true, description: 'Q3: PE, music and art teachers per 100 students.' })
  peArtsPer100!: number | null;

  @Field(() => Float, { nullable: true, description: 'R: students per counted teacher.' })
  studentsPerTeacher!: number | null;

  @Field(() => Float, { nullable: true, description: 'C: students per class.' })
  avgClassSize!: number | null;

  @Field(() => Float, { nullable: true, description: 'F1: teaching and auxiliary floor area per student (m²).' })
  floorAreaPerStudent!: number | null;

  @Field(() => Float, { nullable: true, description: 'F2: sports ground per student (m²).' })
  sportsAreaPerStudent!: number | null;

  @Field(() => Float, { nullable: true, description: 'F3: equipment value per student (yuan).' })
  equipmentPerStudent!: number | null;

  @Field(() => Float, { nullable: true, description: 'F4: networked multimedia classrooms per 100 students.' })
  multimediaPer100!: number | null;
}
