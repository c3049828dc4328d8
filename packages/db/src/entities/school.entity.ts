import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AreaType, SchoolKind } from '@junheng/domain';

@Entity('school')
export class SchoolEntity {
  /** 学校标识码: the official 10-digit code. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('ix_school_county')
  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 100 })
  township!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: SchoolKind;

  @Column({ type: 'varchar', length: 10 })
  area!: AreaType;

  @Column({ type: 'boolean', default: false })
  weak!: boolean;

  @Column({ name: 'education_group', type: 'varchar', length: 100, nullable: true })
  educationGroup!: string | null;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;
}
