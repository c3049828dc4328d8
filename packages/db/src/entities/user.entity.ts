import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type UserRole = 'VIEWER' | 'PLANNER' | 'HR' | 'ADMIN';

@Entity('app_user')
@Unique('uq_app_user_username', ['username'])
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
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

  /** Bumped by PostgreSQL when the role, region or password changes: tokens carry it and older ones are refused. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion!: number;
}
