import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { oneByKey } from './group-by-key';

/** A school's approved posts (编制) and the posts earmarked for an applied plan's hires. */
export interface SchoolQuota {
  schoolCode: string;
  posts: number;
  earmarked: number;
}

export function createQuotaBySchoolLoader(ds: DataSource): DataLoader<string, SchoolQuota | null> {
  return new DataLoader(async (codes) => {
    const rows = await ds.query<Array<{ school_code: string; posts: number; earmarked: number }>>(
      `SELECT q.school_code, q.posts, (SELECT count(*)::int FROM post_earmark e WHERE e.school_code = q.school_code) AS earmarked
         FROM staffing_quota q WHERE q.school_code = ANY($1::text[])`,
      [[...codes]],
    );
    return oneByKey(codes, rows.map((r) => ({ schoolCode: r.school_code, posts: r.posts, earmarked: r.earmarked })), (r) => r.schoolCode);
  });
}
