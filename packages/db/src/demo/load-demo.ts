import type { DataSource } from 'typeorm';
import { replaceRegionData, type ReplaceRegionDataOptions, type ReplaceRegionDataResult } from '../region-data-writer';
import { generateDemoCity } from './demo-city';
import { DEMO_CITY_CODE, DEMO_COUNTY_CODE, generateDemoCounty } from './demo-county';
import { generateDemoUsers } from './demo-users';

export interface LoadDemoOptions {
  /** The city of 8 counties instead of one county (users are then scoped to the city). */
  city?: boolean;
  seed?: number | string;
  onProgress?: ReplaceRegionDataOptions['onProgress'];
}

export interface LoadDemoResult extends ReplaceRegionDataResult {
  users: string[];
}

/**
 * Generates the demo county (or city) and writes it with replaceRegionData, then creates or resets the
 * four demo users, all in one transaction.
 */
export async function loadDemo(db: DataSource, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const data = options.city ? generateDemoCity({ seed: options.seed }) : generateDemoCounty({ seed: options.seed });
  const users = await generateDemoUsers(options.city ? DEMO_CITY_CODE : DEMO_COUNTY_CODE);
  return db.transaction(async (manager) => {
    const result = await replaceRegionData(db, data, { manager, onProgress: options.onProgress });
    for (const user of users) {
      await manager.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, region_code) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, password_hash = EXCLUDED.password_hash,
           role = EXCLUDED.role, region_code = EXCLUDED.region_code`,
        [user.username, user.displayName, user.passwordHash, user.role, user.regionCode],
      );
    }
    return { ...result, users: users.map((u) => u.username) };
  });
}
