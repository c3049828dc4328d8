import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ScenarioStatus = 'DRAFT' | 'QUEUED' | 'RUNNING' | 'SOLVED' | 'FAILED' | 'CANCELLED' | 'APPLIED' | 'STALE';

/** A planner's allocation scenario: parameters only; the plan is stored apart. */
@Entity('scenario')
@Index('ix_scenario_county', ['countyCode'])
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

  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
