import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One post earmarked (预留) at a school for a hire of an applied plan: vacancies subtract it until a
 * roster import adds a teacher to that school and level, which releases the oldest earmark there.
 */
@Entity('post_earmark')
@Index('ix_post_earmark_school', ['schoolCode', 'level'])
@Index('ix_post_earmark_county', ['countyCode'])
export class PostEarmarkEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_post_earmark' })
  id!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: string;

  @Column({ name: 'subject_group', type: 'varchar', length: 10 })
  subjectGroup!: string;

  @Column({ type: 'varchar', length: 30 })
  education!: string;

  /** The plan year of the hire. */
  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'scenario_id', type: 'uuid', nullable: true })
  scenarioId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
