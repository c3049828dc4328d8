import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type RegionKind = 'PROVINCE' | 'CITY' | 'COUNTY';

/** A node of the region tree: province > city (市) > county or district (县/区). */
@Entity('region')
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: RegionKind;

  @Index('ix_region_parent')
  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode!: string | null;

  /** Bumped by every import and apply, so cached answers never outlive the data. */
  @Column({ name: 'data_version', type: 'integer', default: 1 })
  dataVersion!: number;

  /** Working days a public notice (公示) stays open; null: the parent region's, or 5. 0: the region publishes elsewhere. */
  @Column({ name: 'notice_window_days', type: 'integer', nullable: true })
  noticeWindowDays!: number | null;
}
