import type { DataSource } from 'typeorm';

/** The counties a viewer may see, with each county's data version (for the response cache). */
export class RegionScope {
  private readonly codes: ReadonlySet<string>;

  /**
   * @param memoKeys by county, the memo key (data and standard set versions) read in the same statement
   *   as `versions`, when the scope was read fresh for this request (the session check); else none.
   */
  constructor(
    readonly versions: ReadonlyMap<string, number>,
    readonly memoKeys: ReadonlyMap<string, string> | null = null,
  ) {
    this.codes = new Set(versions.keys());
  }

  get countyCodes(): string[] {
    return [...this.versions.keys()];
  }

  includes(countyCode: string): boolean {
    return this.codes.has(countyCode);
  }

  /** `code:version,...`: changes whenever any county in scope gets new data. */
  get stamp(): string {
    return [...this.versions].map(([code, v]) => `${code}:${v}`).join(',');
  }
}

/**
 * Counties under a region code (the county itself, or every county of a city or province), in one
 * statement. `null` means every county (development bypass).
 */
export async function loadRegionScope(dataSource: DataSource, regionCode: string | null): Promise<RegionScope> {
  const rows: Array<{ code: string; data_version: number }> =
    regionCode === null
      ? await dataSource.query(`SELECT code, data_version FROM region WHERE kind = 'COUNTY' ORDER BY code`)
      : await dataSource.query(
          `WITH RECURSIVE tree AS (
             SELECT code, kind, data_version FROM region WHERE code = $1
             UNION ALL
             SELECT r.code, r.kind, r.data_version FROM region r JOIN tree t ON r.parent_code = t.code
           )
           SELECT code, data_version FROM tree WHERE kind = 'COUNTY' ORDER BY code`,
          [regionCode],
        );
  return new RegionScope(new Map(rows.map((r) => [r.code, Number(r.data_version)])));
}
