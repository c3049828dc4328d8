import { AuditLogEntity, bumpDataVersions, dataFingerprint, lockCountiesForWrite, PlanEntity, ScenarioEntity } from '@junheng/db';
import { rotationEndDate, type Plan } from '@junheng/domain';
import type { EntityManager } from 'typeorm';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { AppError, conflict, stalePlan } from '../../errors/app-error';
import { PLAN_APPLIERS, requireRole, requireScenario } from './scenario-access';
import type { Scenario } from './scenario.type';
import { toScenario } from './to-scenario';

class StaleData extends Error {}

// TypeORM answers UPDATE with [rows, count] on PostgreSQL.
function affectedRows(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : -1;
}

async function moveTeachers(manager: EntityManager, countyCode: string, plan: Plan): Promise<void> {
  for (const r of plan.rotations) {
    const result: unknown = await manager.query(
      // The post stays where it is held: a teacher rotated on from a receiving school keeps their first home
      // school, and one rotated back to it is home again (no home school, no term). Right-hand sides read
      // the row as it was before the update.
      `UPDATE teacher SET school_code = $3::varchar,
              home_school_code = NULLIF(COALESCE(home_school_code, $4::varchar), $3::varchar),
              rotation_end = CASE WHEN COALESCE(home_school_code, $4::varchar) = $3::varchar THEN NULL ELSE $5::varchar END
        WHERE county_code = $1 AND staff_no = $2 AND school_code = $4::varchar`,
      [countyCode, r.staffNo, r.toSchool, r.fromSchool, rotationEndDate(r.startDate, r.termYears)],
    );
    if (affectedRows(result) !== 1) throw new StaleData();
  }
}

/** Hires become open posts (to be filled by recruitment); extra quota adds posts. */
async function openPosts(manager: EntityManager, plan: Plan): Promise<void> {
  const bySchool = new Map<string, { open: number; extra: number }>();
  for (const h of plan.hires) {
    const entry = bySchool.get(h.schoolCode) ?? { open: 0, extra: 0 };
    entry.open += h.count;
    entry.extra += h.extraQuota ?? 0;
    bySchool.set(h.schoolCode, entry);
  }
  for (const [school, { open, extra }] of bySchool) {
    await manager.query(`UPDATE staffing_quota SET open_posts = open_posts + $2, posts = posts + $3 WHERE school_code = $1`, [school, open, extra]);
  }
}

/**
 * Applies a solved plan in one transaction, only if the county's data is what the plan was computed
 * from (its fingerprint); otherwise the scenario becomes STALE and nothing changes. Writers of the
 * county are serialised, so of two concurrent applies exactly one succeeds.
 */
export class PlanApplyService {
  async apply(ctx: RequestContext, id: string): Promise<Scenario> {
    requireRole(ctx, PLAN_APPLIERS);
    const viewer = requireViewer(ctx);
    const row = await requireScenario(ctx, id);
    try {
      await ctx.dataSource.transaction(async (manager) => {
        await lockCountiesForWrite(manager, [row.countyCode]);
        const current = await manager.findOne(ScenarioEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw conflict('The scenario was deleted (方案已删除)');
        if (current.status === 'APPLIED') throw conflict('The scenario has already been applied (方案已执行)');
        if (current.status !== 'SOLVED') throw conflict(`Only a solved scenario can be applied; this one is ${current.status} (只有已求解的方案可以执行)`);
        const planRow = await manager.findOneByOrFail(PlanEntity, { scenarioId: id });
        if ((await dataFingerprint(manager, row.countyCode)) !== planRow.fingerprint) throw new StaleData();
        const plan = (planRow.body as unknown as { plan: Plan }).plan;
        await moveTeachers(manager, row.countyCode, plan);
        await openPosts(manager, plan);
        await manager.update(ScenarioEntity, { id }, { status: 'APPLIED' });
        await bumpDataVersions(manager, [row.countyCode]);
        await manager.insert(AuditLogEntity, {
          username: viewer.username,
          action: 'APPLY_PLAN',
          countyCode: row.countyCode,
          target: id,
          details: { scenario: row.name, rotations: plan.rotations.length, hires: plan.hires.reduce((n, h) => n + h.count, 0), cost: plan.cost.total },
        });
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') {
        // The apply rolled back: the refusal is recorded on its own.
        await ctx.dataSource.getRepository(AuditLogEntity).insert({
          username: viewer.username, action: 'APPLY_REFUSED_CONFLICT', countyCode: row.countyCode, target: id, details: { scenario: row.name, reason: error.message },
        });
      }
      if (!(error instanceof StaleData)) throw error;
      await ctx.dataSource.query(`UPDATE scenario SET status = 'STALE', updated_at = now() WHERE id = $1 AND status = 'SOLVED'`, [id]);
      await ctx.dataSource.getRepository(AuditLogEntity).insert({
        username: viewer.username, action: 'APPLY_REFUSED_STALE', countyCode: row.countyCode, target: id, details: { scenario: row.name },
      });
      throw stalePlan('The county\'s teachers, sections or quotas changed since this plan was computed: run the scenario again (数据已变化，请重新求解方案)');
    }
    return toScenario(await ctx.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id }));
  }
}
