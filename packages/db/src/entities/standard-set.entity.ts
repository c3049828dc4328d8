import type { StandardOverrides } from '@junheng/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A city's or county's changes to the national standard set (区域标准), saved by an administrator. */
@Entity('standard_set')
export class StandardSetEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Changes to the national defaults, validated by the domain before they are saved. */
  @Column({ type: 'jsonb' })
  overrides!: StandardOverrides;

  /** Grows with every save; guards concurrent edits and names the rules a plan was computed under. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;
}
