import type { DataSource } from 'typeorm';

/** The columns a memo key is made of (as `readMemoKeys` and the session check read them). */
export interface MemoKeyRow {
  data_version: string | number;
  own_version: number | null;
  city_version: number | null;
}

/** A county's memo key: its data version and the versions of the standard sets that may apply to it. */
export function memoKeyOf(row: MemoKeyRow): string {
  return `${Number(row.data_version)}|${row.own_version ?? '-'}|${row.city_version ?? '-'}`;
}

/**
 * What a county's evaluation depends on besides its data, read now in one statement: the county's data
 * version (bumped by every import, apply and standard-set change) and the versions of the standard sets
 * that may apply (the county's own, its city's). A county missing from the answer has no key.
 */
export async function readMemoKeys(ds: DataSource, countyCodes: readonly string[]): Promise<Map<string, string>> {
  const rows: Array<MemoKeyRow & { code: string }> = await ds.query(
    `SELECT r.code, r.data_version, own.version AS own_version, city.version AS city_version
       FROM region r
       LEFT JOIN standard_set own ON own.region_code = r.code
       LEFT JOIN standard_set city ON city.region_code = r.parent_code
      WHERE r.code = ANY($1::text[])`,
    [countyCodes],
  );
  return new Map(rows.map((r) => [r.code, memoKeyOf(r)]));
}
