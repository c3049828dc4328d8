import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day a region does not work (法定节假日, local holidays): notice windows skip it. Counties inherit their city's and province's. */
@Entity('region_holiday')
export class RegionHolidayEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12, primaryKeyConstraintName: 'pk_region_holiday' })
  regionCode!: string;

  /** 'YYYY-MM-DD'. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_region_holiday' })
  date!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;
}
