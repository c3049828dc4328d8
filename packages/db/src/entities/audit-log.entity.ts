import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when: every import, apply and export. */
@Entity('audit_log')
@Index('ix_audit_county_at', ['countyCode', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'county_code', type: 'varchar', length: 12, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  target!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
