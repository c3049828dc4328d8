import type { DataSource, EntityManager } from 'typeorm';

/** The default public notice window, in working days, for regions that set none. */
export const DEFAULT_NOTICE_WINDOW_DAYS = 5;

export interface NoticeSettings {
  /** The window of the nearest region up the tree (county, city, province) that sets one; else 5. */
  workingDays: number;
  /** Holidays of the region and every region above it. */
  holidays: Set<string>;
}

/** The notice settings in force for a county (or any region). */
export async function noticeSettingsOf(db: DataSource | EntityManager, regionCode: string): Promise<NoticeSettings> {
  const chain = await db.query<Array<{ code: string; notice_window_days: number | null; depth: number }>>(
    `WITH RECURSIVE up AS (
       SELECT code, parent_code, notice_window_days, 0 AS depth FROM region WHERE code = $1
       UNION ALL
       SELECT r.code, r.parent_code, r.notice_window_days, up.depth + 1 FROM region r JOIN up ON r.code = up.parent_code WHERE up.depth < 10
     ) SELECT code, notice_window_days, depth FROM up ORDER BY depth`,
    [regionCode],
  );
  const set = chain.find((r) => r.notice_window_days !== null);
  const codes = chain.length ? chain.map((r) => r.code) : [regionCode];
  const holidays = await db.query<Array<{ date: string }>>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM region_holiday WHERE region_code = ANY($1::varchar[])`,
    [codes],
  );
  return { workingDays: set?.notice_window_days ?? DEFAULT_NOTICE_WINDOW_DAYS, holidays: new Set(holidays.map((h) => h.date)) };
}
