import type { County } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface CountySummary extends County {
  /** Bumped by every import and apply: part of every cache key for the county's data. */
  dataVersion: number;
}

type Queryable = DataSource | EntityManager;

/** Every county (kind COUNTY), with its city, ordered by code. */
export async function listCounties(db: Queryable): Promise<CountySummary[]> {
  const rows = await db.query<Array<{ code: string; name: string; city_code: string | null; city_name: string | null; data_version: number }>>(
    `SELECT c.code, c.name, c.parent_code AS city_code, p.name AS city_name, c.data_version
       FROM region c LEFT JOIN region p ON p.code = c.parent_code
      WHERE c.kind = 'COUNTY' ORDER BY c.code COLLATE "C"`,
  );
  return rows.map((r) => ({ code: r.code, name: r.name, cityCode: r.city_code, cityName: r.city_name, dataVersion: r.data_version }));
}

/** The county codes a region code covers: itself for a county, its counties for a city or province. */
export async function countyCodesOfRegion(db: Queryable, regionCode: string): Promise<string[]> {
  const rows = await db.query<Array<{ code: string }>>(
    `WITH RECURSIVE tree AS (
       SELECT code, kind FROM region WHERE code = $1
       UNION ALL SELECT r.code, r.kind FROM region r JOIN tree t ON r.parent_code = t.code)
     SELECT code FROM tree WHERE kind = 'COUNTY' ORDER BY code COLLATE "C"`,
    [regionCode],
  );
  return rows.map((r) => r.code);
}

/** Current data version of each listed region (missing regions are absent from the map). */
export async function dataVersions(db: Queryable, regionCodes: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.query<Array<{ code: string; data_version: number }>>(
    'SELECT code, data_version FROM region WHERE code = ANY($1::text[])',
    [regionCodes],
  );
  return new Map(rows.map((r) => [r.code, r.data_version]));
}

/**
 * Bumps the data version of the counties and of their parent regions (so city-wide caches expire too).
 * Call inside the transaction that changes the data (import, apply). Returns the counties' new versions.
 */
export async function bumpDataVersions(manager: EntityManager, countyCodes: readonly string[]): Promise<Map<string, number>> {
  await manager.query('UPDATE region SET data_version = data_version + 1 WHERE code = ANY($1::text[])', [countyCodes]);
  await manager.query(
    `UPDATE region SET data_version = data_version + 1
      WHERE code IN (SELECT DISTINCT parent_code FROM region WHERE code = ANY($1::text[]) AND parent_code IS NOT NULL)`,
    [countyCodes],
  );
  return dataVersions(manager, countyCodes);
}
