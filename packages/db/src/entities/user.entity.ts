import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserRole = 'VIEWER' | 'PLANNER' | 'HR' | 'ADMIN';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  /** scrypt hash: `scrypt$N$r$p$salt$hash` (base64). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 10 })
  role!: UserRole;

  /** A county code, or a city code covering its counties. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;
}
