import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a quota change came from. */
export type QuotaChangeSource = 'PLAN_TRANSFER' | 'PLAN_EXTRA_QUOTA' | 'IMPORT';

/**
 * One change of a school's staffing quota (编制变动记录): a post transfer (统筹编制, 县管校聘) or extra
 * quota (增编) of an applied plan, or a roster import. No foreign key: the record outlives a school a
 * later import drops.
 */
@Entity('quota_change')
@Index('ix_quota_change_school', ['schoolCode', 'at'])
@Index('ix_quota_change_county', ['countyCode', 'at'])
export class QuotaChangeEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_quota_change' })
  id!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ name: 'posts_before', type: 'integer' })
  postsBefore!: number;

  @Column({ name: 'posts_after', type: 'integer' })
  postsAfter!: number;

  /** posts_after − posts_before. */
  @Column({ type: 'integer' })
  change!: number;

  @Column({ type: 'varchar', length: 20 })
  source!: QuotaChangeSource;

  /** The applied scenario (plan sources); null for an import. */
  @Column({ name: 'scenario_id', type: 'uuid', nullable: true })
  scenarioId!: string | null;

  /** The other school of a post transfer. */
  @Column({ name: 'other_school_code', type: 'varchar', length: 20, nullable: true })
  otherSchoolCode!: string | null;

  /** Who made it (a username, or `cli:<OS user>`). */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
