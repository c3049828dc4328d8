import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A region's issuing body (发文机关) and document number pattern (文号), set by an administrator. */
@Entity('region_document_settings')
export class RegionDocumentSettingsEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 100 })
  issuer!: string;

  /** Holds {year} and {n}, e.g. 道教发〔{year}〕{n}号 (validated by the domain before it is saved). */
  @Column({ name: 'number_pattern', type: 'varchar', length: 100 })
  numberPattern!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;
}
