import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AreaType, CostItem, Education } from '@junheng/domain';
import { numericTransformer } from './numeric-transformer';

/** One row of a county's cost table (成本), as HR keeps it: item, qualifiers, yearly amount. */
@Entity('cost_item')
@Index('ix_cost_item_county', ['countyCode'])
export class CostItemEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 12 })
  item!: CostItem;

  @Column({ type: 'varchar', length: 10, nullable: true })
  area!: AreaType | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  education!: Education | null;

  @Column({ name: 'min_km', type: 'double precision', nullable: true })
  minKm!: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  amount!: number;
}
