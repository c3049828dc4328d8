import type { PlanChanges, RotationReturn } from '@junheng/domain';
import type { EntityManager } from 'typeorm';

/** A row the changes name is not as the changes expect (the data moved under the plan): nothing is written. */
export class PlanChangesConflictError extends Error {
  readonly code = 'PLAN_CHANGES_CONFLICT';
}

// TypeORM answers UPDATE with [rows, count] on PostgreSQL.
function affectedRows(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : -1;
}

// UPDATE ... RETURNING answers [rows, count] on PostgreSQL.
function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

/**
 * Writes an applied plan's changes (domain `applyPlan`) inside the caller's transaction, which holds
 * the county's write lock: teachers' schools, home schools and terms; one earmark a hired post; extra
 * quota (with a quota_change row); the sections' planned classes for the plan year; the budget lines' commitments (a line the
 * county lacks is added with amount 0, so the overrun stays visible).
 */
export async function writePlanChanges(
  manager: EntityManager,
  countyCode: string,
  scenarioId: string | null,
  year: number,
  changes: PlanChanges,
  /** Who applies: recorded with each quota change (编制变动记录). */
  username = 'system',
): Promise<void> {
  for (const m of changes.moves) {
    const result: unknown = await manager.query(
      `UPDATE teacher SET school_code = $3, home_school_code = $5, rotation_end = $6
        WHERE county_code = $1 AND staff_no = $2 AND school_code = $4`,
      [countyCode, m.staffNo, m.toSchool, m.fromSchool, m.homeSchoolCode, m.rotationEnd],
    );
    if (affectedRows(result) !== 1) throw new PlanChangesConflictError(`teacher ${m.staffNo} is not at ${m.fromSchool}`);
  }
  for (const e of changes.earmarks) {
    await manager.query(
      `INSERT INTO post_earmark (county_code, school_code, level, subject_group, education, year, scenario_id)
       SELECT $1, $2, $3, $4, $5, $6, $7 FROM generate_series(1, $8::int)`,
      [countyCode, e.schoolCode, e.level, e.subjectGroup, e.education, year, scenarioId, e.count],
    );
  }
  for (const q of changes.extraQuota) {
    const rows = await manager.query<Array<{ posts: number; county_code: string }>>(
      `UPDATE staffing_quota q SET posts = q.posts + $2 FROM school s WHERE q.school_code = $1 AND s.code = q.school_code
       RETURNING q.posts, s.county_code`,
      [q.schoolCode, q.posts],
    );
    const after = rowsOf(rows)[0];
    if (after) {
      await manager.query(
        `INSERT INTO quota_change (county_code, school_code, posts_before, posts_after, change, source, scenario_id, username, reason)
         VALUES ($1, $2, $3, $4, $5, 'PLAN_EXTRA_QUOTA', $6, $7, $8)`,
        [after.county_code, q.schoolCode, after.posts - q.posts, after.posts, q.posts, scenarioId, username, `增编 ${q.posts} 个，用于方案招聘`],
      );
    }
  }
  for (const c of changes.plannedClasses) {
    await manager.query(
      `INSERT INTO planned_class (school_code, level, year, county_code, classes_before, classes, scenario_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (school_code, level, year) DO UPDATE SET classes = EXCLUDED.classes, scenario_id = EXCLUDED.scenario_id`,
      [c.schoolCode, c.level, c.year, countyCode, c.classesBefore, c.classesAfter, scenarioId],
    );
  }
  for (const b of changes.budget) {
    if (b.draw === 0) continue;
    if (b.exists) {
      await manager.query(
        `UPDATE budget_line SET committed = committed + $4
          WHERE id = (SELECT id FROM budget_line WHERE county_code = $1 AND year = $2 AND category = $3 ORDER BY id LIMIT 1)`,
        [b.countyCode, b.year, b.category, b.draw],
      );
    } else {
      await manager.query('INSERT INTO budget_line (year, county_code, category, amount, committed) VALUES ($1, $2, $3, 0, $4)', [b.year, b.countyCode, b.category, b.draw]);
    }
  }
}

/** Writes a rollover (domain `rollover`) inside the caller's transaction: the returning teachers are home, their terms cleared. */
export async function writeRollover(manager: EntityManager, countyCode: string, returns: readonly RotationReturn[], termsCleared: readonly string[]): Promise<void> {
  for (const r of returns) {
    const result: unknown = await manager.query(
      `UPDATE teacher SET school_code = $3, home_school_code = NULL, rotation_end = NULL
        WHERE county_code = $1 AND staff_no = $2 AND school_code = $4 AND home_school_code = $3`,
      [countyCode, r.staffNo, r.toSchool, r.fromSchool],
    );
    if (affectedRows(result) !== 1) throw new PlanChangesConflictError(`teacher ${r.staffNo} is not on rotation at ${r.fromSchool}`);
  }
  if (termsCleared.length) {
    await manager.query('UPDATE teacher SET home_school_code = NULL, rotation_end = NULL WHERE county_code = $1 AND staff_no = ANY($2::text[])', [countyCode, termsCleared]);
  }
}
