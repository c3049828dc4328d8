import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 编制: approved teaching posts of a school; vacancies = posts − posts held − posts earmarked (post_earmark). */
@Entity('staffing_quota')
export class StaffingQuotaEntity {
  @PrimaryColumn({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ type: 'integer' })
  posts!: number;
}
