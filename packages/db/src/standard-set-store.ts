import { NATIONAL_STANDARD_SET, regionalStandardSet, type RegionalStandardSet, type StoredStandardSet } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A stored set with who saved it last, and when. */
export interface StoredStandardSetRow extends StoredStandardSet {
  updatedAt: Date;
  updatedBy: string | null;
}

/** The region tree (each region's parent) with every stored set, in one statement. */
export async function loadRegionStandardSets(db: DataSource | EntityManager): Promise<{ parents: Map<string, string | null>; stored: Map<string, StoredStandardSetRow> }> {
  const rows = await db.query<Array<{ code: string; parent_code: string | null; name: string | null; version: number | null; overrides: StoredStandardSet['overrides'] | null; updated_at: Date | null; updated_by: string | null }>>(
    `SELECT r.code, r.parent_code, s.name, s.version, s.overrides, s.updated_at, s.updated_by
       FROM region r LEFT JOIN standard_set s ON s.region_code = r.code`,
  );
  const parents = new Map<string, string | null>();
  const stored = new Map<string, StoredStandardSetRow>();
  for (const r of rows) {
    parents.set(r.code, r.parent_code);
    if (r.name !== null && r.version !== null && r.overrides !== null && r.updated_at !== null) {
      stored.set(r.code, { regionCode: r.code, name: r.name, version: r.version, overrides: r.overrides, updatedAt: r.updated_at, updatedBy: r.updated_by });
    }
  }
  return { parents, stored };
}

/** The standard set a region is judged and planned by: its own, else its city's, else the national one. */
export async function standardSetOfRegion(db: DataSource | EntityManager, regionCode: string): Promise<RegionalStandardSet<StoredStandardSetRow>> {
  const { parents, stored } = await loadRegionStandardSets(db);
  return regionalStandardSet(NATIONAL_STANDARD_SET, stored, regionCode, parents.get(regionCode) ?? null);
}
