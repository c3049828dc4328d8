import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a scenario's life: the operation, the status before and after, who, when and why. */
@Entity('scenario_history')
@Index('ix_scenario_history_scenario', ['scenarioId', 'id'])
export class ScenarioHistoryEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_scenario_history' })
  id!: number;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @Column({ type: 'varchar', length: 20 })
  operation!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: string;

  /** The user; null for the job worker. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
