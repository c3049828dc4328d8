import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Level } from '@junheng/domain';

/** 学段: one level of a school, judged on its own. */
@Entity('section')
@Unique('uq_section_school_level', ['schoolCode', 'level'])
export class SectionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_section_school')
  @Column({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: Level;

  @Column({ type: 'integer' })
  students!: number;

  @Column({ type: 'integer' })
  classes!: number;

  @Column({ name: 'classes_56_plus', type: 'integer', default: 0 })
  classes56Plus!: number;

  @Column({ name: 'classes_66_plus', type: 'integer', default: 0 })
  classes66Plus!: number;
}
