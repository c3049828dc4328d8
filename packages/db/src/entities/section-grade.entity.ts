import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 年级: students of one grade of a school's section this year, the cohort base of the outlook. */
@Entity('section_grade')
@Index('ix_section_grade_county', ['countyCode'])
export class SectionGradeEntity {
  @PrimaryColumn({ name: 'school_code', type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_section_grade' })
  schoolCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'pk_section_grade' })
  level!: string;

  /** 1-6 primary, 7-9 junior, 10-12 senior. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_section_grade' })
  grade!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'integer' })
  students!: number;
}
