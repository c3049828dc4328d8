import type { UserRole } from '../entities';
import { hashPassword } from '../password';

/** Password of every demo user. */
export const DEMO_PASSWORD = 'junheng-demo';

export interface DemoUser {
  username: string;
  displayName: string;
  role: UserRole;
  regionCode: string;
  passwordHash: string;
}

const USERS: ReadonlyArray<readonly [string, string, UserRole]> = [
  ['viewer', '校长（只读）', 'VIEWER'],
  ['planner', '规划员', 'PLANNER'],
  ['hr', '人事股', 'HR'],
  ['admin', '系统管理员', 'ADMIN'],
];

/** The four demo users (viewer, planner, hr, admin), scoped to `regionCode`, password `junheng-demo`. */
export async function generateDemoUsers(regionCode: string): Promise<DemoUser[]> {
  return Promise.all(USERS.map(async ([username, displayName, role]) => ({
    username, displayName, role, regionCode, passwordHash: await hashPassword(DEMO_PASSWORD),
  })));
}
