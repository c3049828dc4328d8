import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 编制: approved teaching posts of a school; vacancies = posts − counted staff. */
@Entity('staffing_quota')
export class StaffingQuotaEntity {
  @PrimaryColumn({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ type: 'integer' })
  posts!: number;

  /** Posts opened by an applied plan (hires recorded as open posts). */
  @Column({ name: 'open_posts', type: 'integer', default: 0 })
  openPosts!: number;
}
