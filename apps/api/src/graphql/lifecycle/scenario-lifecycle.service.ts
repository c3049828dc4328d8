import {
  canTransition, closeNotice, noticeSettingsOf, publishNotice, ScenarioHistoryEntity, transition, type ScenarioOperation, type ScenarioStatus,
} from '@junheng/db';
import { remainingWorkingDays } from '@junheng/domain';
import { requireViewer } from '../../auth/require-viewer';
import type { Role } from '../../auth/role';
import { type RequestContext } from '../../context';
import { badInput } from '../../errors/app-error';
import { requireRole, requireScenario } from '../scenario/scenario-access';
import type { Scenario } from '../scenario/scenario.type';
import { toScenario } from '../scenario/to-scenario';
import type { ScenarioAction } from './lifecycle-enums';
import { NoticeWindowInfo, ScenarioHistoryEntry } from './scenario-lifecycle.type';

/** Who may take each action (ADMIN, the bureau's leadership, may take any), and the operation it runs. */
export const ACTIONS: Record<ScenarioAction, { operation: ScenarioOperation; roles: readonly Role[] }> = {
  SUBMIT: { operation: 'submit', roles: ['PLANNER', 'ADMIN'] },
  APPROVE: { operation: 'approve', roles: ['ADMIN'] },
  REJECT: { operation: 'reject', roles: ['ADMIN'] },
  WITHDRAW: { operation: 'withdraw', roles: ['PLANNER', 'ADMIN'] },
  PUBLISH: { operation: 'publish', roles: ['HR', 'ADMIN'] },
  RECORD_OBJECTION: { operation: 'object', roles: ['HR', 'ADMIN'] },
  DECIDE_OBJECTION: { operation: 'decide', roles: ['ADMIN'] },
  CLOSE: { operation: 'close', roles: ['HR', 'ADMIN'] },
  APPLY: { operation: 'apply', roles: ['HR', 'ADMIN'] },
};

/** The actions a role may take on a scenario in this status (CLOSE only once the window has ended; objections until it is closed). */
export function availableActions(role: Role, scenario: Pick<Scenario, 'status' | 'noticeEndsAt'>, now = new Date()): ScenarioAction[] {
  return (Object.keys(ACTIONS) as ScenarioAction[]).filter((action) => {
    const { operation, roles } = ACTIONS[action];
    if (!roles.includes(role) || !canTransition(scenario.status as ScenarioStatus, operation)) return false;
    if (action === 'CLOSE') return !!scenario.noticeEndsAt && scenario.noticeEndsAt.getTime() <= now.getTime();
    return true;
  });
}

const needsReason = (reason: string | null | undefined, field = 'comment'): string => {
  const text = reason?.trim() ?? '';
  if (!text) throw badInput(field, 'A comment is required (请填写意见)');
  if (text.length > 2000) throw badInput(field, 'The comment is longer than 2000 characters (意见不能超过 2000 字)');
  return text;
};

/** Review and notice: submit, approve, reject, withdraw, publish, close; the history and the window. */
export class ScenarioLifecycleService {
  private async step(ctx: RequestContext, id: string, action: ScenarioAction, reason: string | null): Promise<Scenario> {
    requireRole(ctx, ACTIONS[action].roles);
    await requireScenario(ctx, id);
    const viewer = requireViewer(ctx);
    const row = action === 'PUBLISH'
      ? await publishNotice(ctx.dataSource, id, viewer)
      : action === 'CLOSE'
        ? (await closeNotice(ctx.dataSource, id, viewer, { strict: true }))!
        : await transition(ctx.dataSource, id, ACTIONS[action].operation, viewer, { reason });
    return toScenario(row);
  }

  submit(ctx: RequestContext, id: string, comment: string | null): Promise<Scenario> {
    return this.step(ctx, id, 'SUBMIT', comment?.trim() || null);
  }

  approve(ctx: RequestContext, id: string, comment: string | null): Promise<Scenario> {
    return this.step(ctx, id, 'APPROVE', comment?.trim() || null);
  }

  reject(ctx: RequestContext, id: string, comment: string): Promise<Scenario> {
    return this.step(ctx, id, 'REJECT', needsReason(comment));
  }

  withdraw(ctx: RequestContext, id: string, reason: string): Promise<Scenario> {
    return this.step(ctx, id, 'WITHDRAW', needsReason(reason, 'reason'));
  }

  publish(ctx: RequestContext, id: string): Promise<Scenario> {
    return this.step(ctx, id, 'PUBLISH', null);
  }

  close(ctx: RequestContext, id: string): Promise<Scenario> {
    return this.step(ctx, id, 'CLOSE', null);
  }

  async history(ctx: RequestContext, scenarioId: string): Promise<ScenarioHistoryEntry[]> {
    const rows = await ctx.dataSource.getRepository(ScenarioHistoryEntity).find({ where: { scenarioId }, order: { id: 'ASC' } });
    return rows.map((h) => Object.assign(new ScenarioHistoryEntry(), {
      id: String(h.id), operation: h.operation, fromStatus: h.fromStatus, toStatus: h.toStatus, username: h.username, reason: h.reason, at: h.at.toISOString(),
    }));
  }

  async noticeWindow(ctx: RequestContext, scenario: Scenario, now = new Date()): Promise<NoticeWindowInfo | null> {
    if (!scenario.publishedAt || !scenario.noticeEndsAt || scenario.noticeWorkingDays === null) return null;
    const { holidays } = await noticeSettingsOf(ctx.dataSource, scenario.countyCode);
    const window = { publishedAt: scenario.publishedAt, endsAt: scenario.noticeEndsAt, workingDays: scenario.noticeWorkingDays };
    const open = scenario.status === 'PUBLISHED' && now.getTime() < window.endsAt.getTime();
    const role = requireViewer(ctx).role;
    return Object.assign(new NoticeWindowInfo(), {
      publishedAt: window.publishedAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
      workingDays: window.workingDays,
      remainingWorkingDays: remainingWorkingDays(window, now, holidays),
      open,
      publicPath: open && (role === 'HR' || role === 'ADMIN') && scenario.noticeToken ? `/notice/${scenario.noticeToken}` : null,
    });
  }
}
