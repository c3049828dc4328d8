import type { PlanPostTransfer, PlanRecall } from '@junheng/domain';
import type { EntityManager } from 'typeorm';
import { PlanChangesConflictError } from './plan-changes-writer';

/** Why an applied plan's post transfers or recalls do not fit the data any more. */
export type PlanLeverConflictReason = 'QUOTA_BELOW_ZERO' | 'RECALL_NOT_ON_LOAN' | 'UNKNOWN_SCHOOL' | 'INVALID_TRANSFER';

/**
 * A post transfer would take a school's quota below 0, names a school outside the plan's counties, or a
 * recalled teacher is not on loan at the school the plan names: the data changed since the solve. Thrown
 * inside the caller's transaction, so nothing is written. `subject` is the school code or staff number.
 */
export class PlanLeverConflictError extends PlanChangesConflictError {
  constructor(readonly reason: PlanLeverConflictReason, readonly subject: string, message: string) {
    super(message);
  }
}

/** Who applies, and which plan: recorded with each quota change. */
export interface LeverWriteContext {
  countyCodes: readonly string[];
  scenarioId: string | null;
  username: string;
}

/** One school's quota change made by a post transfer (a history row). */
export interface WrittenQuotaChange {
  schoolCode: string;
  otherSchoolCode: string;
  postsBefore: number;
  postsAfter: number;
  change: number;
}

/**
 * Writes a plan's post transfers (统筹编制) inside the caller's transaction: each moves `posts` from one
 * school's staffing quota to another's, with one quota_change row per school. Refused (PlanLeverConflictError,
 * nothing written by the caller's rollback) when a school is not in the plan's counties or a school's
 * quota would end below 0 (the transfers' net change is checked, so the plan's order does not matter).
 */
export async function writePostTransfers(
  manager: EntityManager,
  context: LeverWriteContext,
  transfers: readonly Pick<PlanPostTransfer, 'fromSchool' | 'toSchool' | 'posts' | 'reason'>[],
): Promise<WrittenQuotaChange[]> {
  if (!transfers.length) return [];
  for (const t of transfers) {
    if (!Number.isInteger(t.posts) || t.posts <= 0 || t.fromSchool === t.toSchool) {
      throw new PlanLeverConflictError('INVALID_TRANSFER', t.fromSchool,
        `编制调剂 ${t.fromSchool} → ${t.toSchool}（${t.posts} 个）无效：编制数须为正整数，调出与调入学校不能相同`);
    }
  }
  const codes = [...new Set(transfers.flatMap((t) => [t.fromSchool, t.toSchool]))];
  const rows = await manager.query<Array<{ code: string; county_code: string; posts: number | null }>>(
    `SELECT s.code, s.county_code, q.posts FROM school s LEFT JOIN staffing_quota q ON q.school_code = s.code
      WHERE s.code = ANY($1::text[]) AND s.county_code = ANY($2::text[]) ORDER BY s.code FOR UPDATE OF s`,
    [codes, [...context.countyCodes]],
  );
  const schools = new Map(rows.map((r) => [r.code, { county: r.county_code, posts: r.posts ?? 0, hasRow: r.posts !== null }]));
  const unknown = codes.find((c) => !schools.has(c));
  if (unknown) throw new PlanLeverConflictError('UNKNOWN_SCHOOL', unknown, `编制调剂涉及的学校 ${unknown} 不在本方案的县内`);

  const net = new Map<string, number>();
  for (const t of transfers) {
    net.set(t.fromSchool, (net.get(t.fromSchool) ?? 0) - t.posts);
    net.set(t.toSchool, (net.get(t.toSchool) ?? 0) + t.posts);
  }
  for (const [code, change] of net) {
    const posts = schools.get(code)!.posts;
    if (posts + change < 0) {
      throw new PlanLeverConflictError('QUOTA_BELOW_ZERO', code,
        `学校 ${code} 现有编制 ${posts} 个，方案调出 ${-change} 个，编制将少于 0（数据已在求解后变化）`);
    }
  }

  const written: WrittenQuotaChange[] = [];
  const record = async (schoolCode: string, otherSchoolCode: string, change: number, reason: string) => {
    const school = schools.get(schoolCode)!;
    const before = school.posts;
    school.posts += change;
    written.push({ schoolCode, otherSchoolCode, postsBefore: before, postsAfter: school.posts, change });
    await manager.query(
      `INSERT INTO quota_change (county_code, school_code, posts_before, posts_after, change, source, scenario_id, other_school_code, username, reason)
       VALUES ($1, $2, $3, $4, $5, 'PLAN_TRANSFER', $6, $7, $8, $9)`,
      [school.county, schoolCode, before, school.posts, change, context.scenarioId, otherSchoolCode, context.username, reason],
    );
  };
  // Recorded in an order whose running quotas never go below 0 when the plan's net allows it (a school
  // receiving posts it passes on gets them first), so no history row shows a negative quota.
  const pending = transfers.slice();
  while (pending.length) {
    const i = Math.max(0, pending.findIndex((p) => schools.get(p.fromSchool)!.posts >= p.posts));
    const t = pending.splice(i, 1)[0]!;
    await record(t.fromSchool, t.toSchool, -t.posts, t.reason);
    await record(t.toSchool, t.fromSchool, t.posts, t.reason);
  }
  for (const code of net.keys()) {
    const school = schools.get(code)!;
    if (school.hasRow) await manager.query('UPDATE staffing_quota SET posts = $2 WHERE school_code = $1', [code, school.posts]);
    else await manager.query('INSERT INTO staffing_quota (school_code, posts) VALUES ($1, $2)', [code, school.posts]);
  }
  return written;
}

/**
 * Writes a plan's recalls (借调返校) inside the caller's transaction: each teacher's status goes from
 * ON_LOAN back to ACTIVE at the school the plan names. Refused (PlanLeverConflictError) when a teacher is
 * unknown, not on loan, or belongs to another school. Returns the staff numbers recalled.
 */
export async function writeRecalls(manager: EntityManager, context: LeverWriteContext, recalls: readonly Pick<PlanRecall, 'staffNo' | 'schoolCode'>[]): Promise<string[]> {
  const recalled: string[] = [];
  const seen = new Set<string>();
  for (const r of recalls) {
    if (seen.has(r.staffNo)) continue;
    seen.add(r.staffNo);
    // Staff numbers are unique within a county: of a city's counties, the teacher of the named school first.
    const rows = await manager.query<Array<{ id: number; status: string; school_code: string }>>(
      `SELECT id, status, school_code FROM teacher WHERE staff_no = $1 AND county_code = ANY($2::text[])
        ORDER BY (school_code = $3) DESC, id LIMIT 1 FOR UPDATE`,
      [r.staffNo, [...context.countyCodes], r.schoolCode],
    );
    const teacher = rows[0];
    if (!teacher || teacher.status !== 'ON_LOAN' || teacher.school_code !== r.schoolCode) {
      const now = !teacher ? '不在名册中' : teacher.status !== 'ON_LOAN' ? `现在的状态是 ${teacher.status}，不是借调` : `现属 ${teacher.school_code}，不属 ${r.schoolCode}`;
      throw new PlanLeverConflictError('RECALL_NOT_ON_LOAN', r.staffNo, `借调返校的教师 ${r.staffNo} ${now}（数据已在求解后变化）`);
    }
    await manager.query(`UPDATE teacher SET status = 'ACTIVE' WHERE id = $1`, [teacher.id]);
    recalled.push(r.staffNo);
  }
  return recalled;
}
