import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { BackboneLevel, Education, Gender, Hardship, Level, TeacherStatus } from '@junheng/domain';
import { numericTransformer } from './numeric-transformer';

@Entity('teacher')
@Unique('uq_teacher_county_staff_no', ['countyCode', 'staffNo'])
@Index('ix_teacher_school', ['schoolCode', 'level'])
export class TeacherEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'staff_no', type: 'varchar', length: 32 })
  staffNo!: string;

  /** County that employs the teacher (县管校聘): the scope of every access rule. */
  @Index('ix_teacher_county')
  @Column({ name: 'county_code', type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 1 })
  gender!: Gender;

  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate!: string;

  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  idNumber!: string;

  @Column({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: Level;

  @Column({ type: 'varchar', length: 20 })
  subject!: string;

  @Column({ type: 'varchar', length: 24 })
  education!: Education;

  @Column({ type: 'varchar', length: 20 })
  title!: string;

  @Column({ type: 'boolean' })
  certificate!: boolean;

  @Column({ type: 'varchar', length: 10 })
  backbone!: BackboneLevel;

  /** YYYY-MM */
  @Column({ name: 'started_at_school', type: 'varchar', length: 7 })
  startedAtSchool!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: TeacherStatus;

  @Column({ name: 'annual_cost', type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  annualCost!: number;

  @Column({ name: 'preferred_schools', type: 'text', array: true, default: () => "'{}'" })
  preferredSchools!: string[];

  @Column({ name: 'home_township', type: 'varchar', length: 100, nullable: true })
  homeTownship!: string | null;

  /** Set while on rotation (交流轮岗): the school that keeps the teacher's post (编制). */
  @Index('ix_teacher_home_school')
  @Column({ name: 'home_school_code', type: 'varchar', length: 20, nullable: true })
  homeSchoolCode!: string | null;

  /** YYYY-MM-DD: when the rotation term ends. */
  @Column({ name: 'rotation_end', type: 'varchar', length: 10, nullable: true })
  rotationEnd!: string | null;

  /** Documented hardship (困难情形) that lowers the rotation points: ILLNESS, FAMILY_CARE, SPOUSE_APART. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  hardships!: Hardship[];
}
