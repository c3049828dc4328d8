import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { ScenarioStatus } from '../scenario-lifecycle/scenario-status';

export type { ScenarioStatus };

/** A planner's allocation scenario: parameters only; the plan is stored apart. */
@Entity('scenario')
@Index('ix_scenario_county', ['countyCode'])
@Index('uq_scenario_notice_token', ['noticeToken'], { unique: true })
export class ScenarioEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status!: ScenarioStatus;

  /** domain ScenarioParameters as JSON. */
  @Column({ type: 'jsonb' })
  parameters!: Record<string, unknown>;

  /** Stage and incumbent objective of a running solve. */
  @Column({ type: 'jsonb', nullable: true })
  progress!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The public notice: its unguessable token (null before publishing) and its window. */
  @Column({ name: 'notice_token', type: 'varchar', length: 64, nullable: true })
  noticeToken!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'notice_ends_at', type: 'timestamptz', nullable: true })
  noticeEndsAt!: Date | null;

  @Column({ name: 'notice_working_days', type: 'integer', nullable: true })
  noticeWorkingDays!: number | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
