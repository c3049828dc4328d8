import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericTransformer } from './numeric-transformer';

/** Facilities belong to the school and feed the non-staff indicators F1-F4. */
@Entity('school_facilities')
export class SchoolFacilitiesEntity {
  @PrimaryColumn({ name: 'school_code', type: 'varchar', length: 20 })
  schoolCode!: string;

  @Column({ name: 'floor_area_m2', type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  floorAreaM2!: number;

  @Column({ name: 'sports_area_m2', type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  sportsAreaM2!: number;

  @Column({ name: 'equipment_yuan', type: 'numeric', precision: 16, scale: 2, transformer: numericTransformer })
  equipmentYuan!: number;

  @Column({ name: 'multimedia_rooms', type: 'integer' })
  multimediaRooms!: number;

  /** Ordinary classrooms (普通教室数); null: not recorded, so none are assumed spare. */
  @Column({ type: 'integer', nullable: true })
  classrooms!: number | null;
}
