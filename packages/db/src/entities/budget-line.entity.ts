import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from './numeric-transformer';

@Entity('budget_line')
@Index('ix_budget_county_year', ['countyCode', 'year'])
export class BudgetLineEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  /** 科目, e.g. 人员经费, 交流轮岗补贴, 新增教师, 奖励基金, 基建. */
  @Column({ type: 'varchar', length: 50 })
  category!: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, transformer: numericTransformer })
  amount!: number;

  /** Committed by applied plans. */
  @Column({ type: 'numeric', precision: 16, scale: 2, default: 0, transformer: numericTransformer })
  committed!: number;
}
