import type { DataSource } from 'typeorm';

// zh in ICU (CLDR) sorts Han characters by pinyin, as Chinese spreadsheets do.
const CANDIDATES = ['zh-x-icu', 'zh-Hans-x-icu'];
const known = new WeakMap<DataSource, Promise<string | null>>();

/**
 * The ICU collation that orders Chinese text by pinyin, if the database has one (PostgreSQL built
 * with ICU, as the embedded one is); null: the database's own collation. Asked once per data source.
 */
export function chineseCollation(ds: DataSource): Promise<string | null> {
  let found = known.get(ds);
  if (!found) {
    found = ds
      .query(`SELECT collname FROM pg_collation WHERE collname::text = ANY($1::text[]) ORDER BY array_position($1::text[], collname::text) LIMIT 1`, [CANDIDATES])
      .then((rows: Array<{ collname: string }>) => rows[0]?.collname ?? null);
    found.catch(() => known.delete(ds));
    known.set(ds, found);
  }
  return found;
}
