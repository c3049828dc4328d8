import type { DataSource } from 'typeorm';
import { memoKeyOf, type MemoKeyRow } from '../memo/memo-keys';
import { RegionScope } from './region-scope';

/**
 * The database is the truth about sessions, read once per request by every API process: in one
 * statement, the user's session version (no row: the user was deleted) and the data versions of the
 * counties under the token's region (the scope and the response-cache stamp). So a user deleted or
 * changed through one process is refused by every other at its next request, and no process answers
 * from its cache with data older than what another process has committed. The same statement reads the
 * counties' memo keys (with the versions of the standard sets that apply), so that a request answered
 * from the memo needs no other statement.
 */
export class SessionCheck {
  constructor(private readonly dataSource: DataSource) {}

  /** The region scope if the user still exists with this session version; null if the session has ended. */
  async check(userId: number, sessionVersion: number, regionCode: string): Promise<RegionScope | null> {
    const rows: Array<{ session_version: number; code: string | null } & MemoKeyRow> = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT code, kind, data_version, parent_code FROM region WHERE code = $2
         UNION ALL
         SELECT r.code, r.kind, r.data_version, r.parent_code FROM region r JOIN tree t ON r.parent_code = t.code
       )
       SELECT u.session_version, t.code, t.data_version, own.version AS own_version, city.version AS city_version
         FROM app_user u
         LEFT JOIN tree t ON t.kind = 'COUNTY'
         LEFT JOIN standard_set own ON own.region_code = t.code
         LEFT JOIN standard_set city ON city.region_code = t.parent_code
        WHERE u.id = $1
        ORDER BY t.code`,
      [userId, regionCode],
    );
    if (rows.length === 0 || Number(rows[0]!.session_version) !== sessionVersion) return null;
    const counties = rows.filter((r) => r.code !== null);
    return new RegionScope(new Map(counties.map((r) => [r.code!, Number(r.data_version)])), new Map(counties.map((r) => [r.code!, memoKeyOf(r)])));
  }
}
