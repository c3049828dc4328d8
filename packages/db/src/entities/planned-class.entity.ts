import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A section's classes for a plan year, as an applied plan split it (分班). */
@Entity('planned_class')
@Index('ix_planned_class_county', ['countyCode', 'year'])
export class PlannedClassEntity {
  @PrimaryColumn({ name: 'school_code', type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_planned_class' })
  schoolCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'pk_planned_class' })
  level!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_planned_class' })
  year!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  /** Classes the section had when the plan was applied. */
  @Column({ name: 'classes_before', type: 'integer' })
  classesBefore!: number;

  @Column({ type: 'integer' })
  classes!: number;

  @Column({ name: 'scenario_id', type: 'uuid', nullable: true })
  scenarioId!: string | null;
}
