import type { RotationChange } from '@junheng/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ObjectionDecision = 'UPHELD' | 'DISMISSED';

/** A changed line of a supplementary notice (补充公示). */
export type SupplementLine = RotationChange;

/** An objection (异议) to a published notice, recorded by HR on a teacher's behalf and decided by ADMIN. */
@Entity('scenario_objection')
@Index('ix_scenario_objection_scenario', ['scenarioId'])
export class ScenarioObjectionEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_scenario_objection' })
  id!: number;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @Column({ name: 'staff_no', type: 'varchar', length: 40 })
  staffNo!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'evidence_file_name', type: 'varchar', length: 200, nullable: true })
  evidenceFileName!: string | null;

  /** 'YYYY-MM-DD'. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decision!: ObjectionDecision | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The supplementary notice of an upheld objection: the lines its re-solve changed. */
  @Column({ type: 'jsonb', nullable: true })
  supplement!: SupplementLine[] | null;
}
