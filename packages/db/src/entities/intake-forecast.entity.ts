import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 入学预测: expected first-year intake of a school (or of a township's schools) of a level, by year. */
@Entity('intake_forecast')
@Index('ix_intake_forecast_county', ['countyCode'])
export class IntakeForecastEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_intake_forecast' })
  id!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  /** Null for a township's forecast. */
  @Column({ name: 'school_code', type: 'varchar', length: 20, nullable: true })
  schoolCode!: string | null;

  /** Null for a school's forecast. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  township!: string | null;

  @Column({ type: 'varchar', length: 10 })
  level!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  students!: number;
}
