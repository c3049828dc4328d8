import { NATIONAL_STANDARD_SET, regionalStandardSet, type RegionalStandardSet, type StoredStandardSet } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { RegionEntity } from './entities/region.entity';
import { StandardSetEntity } from './entities/standard-set.entity';

/** A stored set with who saved it last, and when. */
export interface StoredStandardSetRow extends StoredStandardSet {
  updatedAt: Date;
  updatedBy: string | null;
}

function toStored(row: StandardSetEntity): StoredStandardSetRow {
  return { regionCode: row.regionCode, name: row.name, version: row.version, overrides: row.overrides, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/** Every stored regional set by region code (a handful of rows: one per city or county that has one). */
export async function loadStoredStandardSets(db: DataSource | EntityManager): Promise<Map<string, StoredStandardSetRow>> {
  const rows = await db.getRepository(StandardSetEntity).find();
  return new Map(rows.map((r) => [r.regionCode, toStored(r)]));
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
  const region = await db.getRepository(RegionEntity).findOne({ where: { code: regionCode }, select: { code: true, parentCode: true } });
  return regionalStandardSet(NATIONAL_STANDARD_SET, await loadStoredStandardSets(db), regionCode, region?.parentCode ?? null);
}
