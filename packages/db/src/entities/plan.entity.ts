import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A solved plan with the fingerprint of the data it was computed from. One per scenario. */
@Entity('plan')
@Unique('uq_plan_scenario', ['scenarioId'])
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  /** Hash of the county's teachers, sections and quotas when the plan was computed. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  /** domain Plan plus the explanation, as JSON. */
  @Column({ type: 'jsonb' })
  body!: Record<string, unknown>;

  /** The budget sweep (domain CostCurve), once computed. */
  @Column({ name: 'cost_curve', type: 'jsonb', nullable: true })
  costCurve!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
