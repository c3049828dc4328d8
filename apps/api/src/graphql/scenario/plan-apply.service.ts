import {
  AuditLogEntity, bumpDataVersions, canTransition, decodeStoredPlan, IllegalTransitionError, loadRegionData, lockCountiesForWrite, PlanChangesConflictError,
  PlanEntity, PlanLeverConflictError, regionFingerprint, ScenarioEntity, scenarioParametersOf, SCENARIO_TRANSITIONS, transition, writePlanChanges,
  writePostTransfers, writeRecalls,
} from '@junheng/db';
import { applyPlan, type BudgetCommitment } from '@junheng/domain';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { AppError, budgetOverrun, conflict, stalePlan } from '../../errors/app-error';
import { PLAN_APPLIERS, requireRole, requireScenario } from './scenario-access';
import type { ScenarioStaleness } from './scenario-staleness';
import type { Scenario } from './scenario.type';
import { toScenario } from './to-scenario';

class StaleData extends Error {}

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

function overrunMessage(lines: BudgetCommitment[]): string {
  const parts = lines.map((b) =>
    `${b.year}年「${b.category}」${b.exists ? `额度 ${yuan(b.amount)} 元` : '未列预算'}，已承诺 ${yuan(b.committedBefore)} 元，本方案需 ${yuan(b.draw)} 元，超出 ${yuan(b.committedAfter - b.amount)} 元`);
  return `The plan would overrun ${lines.length === 1 ? 'a budget line' : `${lines.length} budget lines`} and its scenario does not allow it (方案超出预算，未执行：${parts.join('；')})`;
}

 /** The apply rules (domain `applyPlan`) refuse rows of the plan on today's data. */
class PlanDoesNotFit extends PlanChangesConflictError {
  constructor(readonly problems: string[]) {
    super(`The plan does not fit the county's data (方案与本县数据不符): ${problems.slice(0, 5).join('；')}`);
  }
}

/**
 * Applies a plan whose notice has closed (CLOSED: approved, published, window over, objections decided) in one transaction, only if the county's data is what the plan was computed
 * from (its fingerprint); otherwise the scenario becomes STALE and nothing changes. The changes are
 * domain `applyPlan`'s: teachers move with their home school and term, hired posts are earmarked,
 * class splits become planned classes, the cost is committed to the budget lines of the plan year
 * (BUDGET_OVERRUN, and nothing changes, when a line would be overrun and the scenario does not allow
 * it). Post transfers move quota between schools (quota_change rows) and recalled teachers are ACTIVE again
 * (one RECALL_FROM_LOAN audit row each); a transfer that would leave a quota below 0 or a recall of a teacher
 * not on loan is STALE_PLAN with `details.reason` QUOTA_BELOW_ZERO / RECALL_NOT_ON_LOAN. Writers of the county are serialised, so of two concurrent applies exactly one succeeds.
 */
export class PlanApplyService {
  constructor(private readonly staleness: ScenarioStaleness) {}

  async apply(ctx: RequestContext, id: string): Promise<Scenario> {
    requireRole(ctx, PLAN_APPLIERS);
    const viewer = requireViewer(ctx);
    const row = await requireScenario(ctx, id);
    const parameters = scenarioParametersOf(row);
    const oversizedClassMin = (await ctx.standardSets()).of(row.countyCode).sizes.oversizedClassMin;
    try {
      await ctx.dataSource.transaction(async (manager) => {
        await lockCountiesForWrite(manager, parameters.countyCodes);
        const current = await manager.findOne(ScenarioEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw conflict('The scenario was deleted (方案已删除)');
        if (current.status === 'APPLIED') throw conflict('The scenario has already been applied (方案已执行)');
        if (!canTransition(current.status, 'apply')) throw new IllegalTransitionError(current.status, 'apply', SCENARIO_TRANSITIONS.apply.from);
        const planRow = await manager.findOneByOrFail(PlanEntity, { scenarioId: id });
        if ((await regionFingerprint(manager, parameters.countyCodes)) !== planRow.fingerprint) throw new StaleData();
        const { plan } = decodeStoredPlan(planRow.body);
        const region = await loadRegionData(manager, parameters.countyCodes);
        const applied = applyPlan(region, { ...plan, county: row.countyCode }, { oversizedClassMin });
        // The data still has the plan's fingerprint only if nothing changed; a plan the apply rules refuse on
        // that data is stale all the same (it was computed under other rules or by hand): re-solve it.
        if (applied.problems.length) throw new PlanDoesNotFit(applied.problems);
        const overruns = applied.changes.budget.filter((b) => b.overrun);
        if (overruns.length && !parameters.allowBudgetOverrun) {
          throw budgetOverrun(overrunMessage(overruns), overruns.map((b) => ({
            year: b.year, category: b.category, amount: b.amount, committed: b.committedBefore, draw: b.draw, over: b.committedAfter - b.amount,
          })));
        }
        await writePlanChanges(manager, row.countyCode, id, plan.year, applied.changes, viewer.username);
        const levers = { countyCodes: parameters.countyCodes, scenarioId: id, username: viewer.username };
        // What the domain's apply rules accepted (the writers re-check against the locked rows).
        const quotaChanges = await writePostTransfers(manager, levers, applied.changes.postTransfers);
        const recalled = await writeRecalls(manager, levers, applied.changes.recalls);
        await transition(manager, id, 'apply', viewer, { details: { rotations: applied.changes.moves.length } });
        await bumpDataVersions(manager, parameters.countyCodes);
        await manager.insert(AuditLogEntity, {
          username: viewer.username,
          action: 'APPLY_PLAN',
          countyCode: row.countyCode,
          target: id,
          details: {
            scenario: row.name,
            rotations: applied.changes.moves.length,
            hires: applied.changes.earmarks.reduce((n, e) => n + e.count, 0),
            plannedClasses: applied.changes.plannedClasses.length,
            postTransfers: (plan.postTransfers ?? []).map((t) => ({ from: t.fromSchool, to: t.toSchool, posts: t.posts })),
            quotaChanges: quotaChanges.length,
            recalls: recalled,
            cost: plan.cost.total,
            budget: applied.changes.budget.map((b) => ({ category: b.category, draw: b.draw, committed: b.committedAfter, amount: b.amount, overrun: b.overrun })),
          },
        });
        if (recalled.length) {
          await manager.insert(AuditLogEntity, (plan.recalls ?? []).filter((r) => recalled.includes(r.staffNo)).map((r) => ({
            username: viewer.username, action: 'RECALL_FROM_LOAN', countyCode: row.countyCode, target: r.staffNo,
            details: { scenario: row.name, scenarioId: id, schoolCode: r.schoolCode, startDate: r.startDate, reason: r.reason },
          })));
        }
      });
    } catch (error) {
      if (error instanceof AppError && (error.code === 'CONFLICT' || error.code === 'BUDGET_OVERRUN')) {
        // The apply rolled back: the refusal is recorded on its own.
        await ctx.dataSource.getRepository(AuditLogEntity).insert({
          username: viewer.username, action: `APPLY_REFUSED_${error.code === 'CONFLICT' ? 'CONFLICT' : 'BUDGET'}`, countyCode: row.countyCode, target: id,
          details: { scenario: row.name, reason: error.message },
        });
      }
      if (!(error instanceof StaleData) && !(error instanceof PlanChangesConflictError)) throw error;
      await this.staleness.markStale(ctx.dataSource, [id], viewer);
      const lever = error instanceof PlanLeverConflictError ? { reason: error.reason, subject: error.subject }
        : error instanceof PlanDoesNotFit ? { reason: 'PLAN_DOES_NOT_FIT', problems: error.problems.slice(0, 20) } : null;
      await ctx.dataSource.getRepository(AuditLogEntity).insert({
        username: viewer.username, action: 'APPLY_REFUSED_STALE', countyCode: row.countyCode, target: id,
        details: lever ? { scenario: row.name, ...lever, message: (error as Error).message } : { scenario: row.name },
      });
      if (lever) throw stalePlan(`${(error as Error).message}: run the scenario again (请重新求解方案)`, lever);
      throw stalePlan('The county\'s teachers, sections or quotas changed since this plan was computed: run the scenario again (数据已变化，请重新求解方案)');
    }
    return toScenario(await ctx.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id }));
  }
}
