import { randomBytes } from 'node:crypto';
import { cstDateOf, noticeWindow } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { PlanEntity } from '../entities/plan.entity';
import { ScenarioObjectionEntity, type ObjectionDecision, type SupplementLine } from '../entities/scenario-objection.entity';
import { ScenarioEntity } from '../entities/scenario.entity';
import { ScenarioRuleError } from './illegal-transition-error';
import { noticeSettingsOf } from './notice-settings';
import { inTransaction, transition, type Actor } from './scenario-lifecycle';
import { decodeStoredPlan, encodeStoredPlan, type StoredPlan } from './stored-plan-codec';

/**
 * Publishes the notice (公示): the window of the region's working days starts now, and the notice gets
 * an unguessable token for its public page (192 random bits).
 */
export async function publishNotice(db: DataSource | EntityManager, id: string, actor: Actor, now = new Date()): Promise<ScenarioEntity> {
  return inTransaction(db, async (manager) => {
    const row = await manager.findOneByOrFail(ScenarioEntity, { id });
    const settings = await noticeSettingsOf(manager, row.countyCode);
    const window = noticeWindow(now, settings.workingDays, settings.holidays);
    return transition(manager, id, 'publish', actor, {
      set: { noticeToken: randomBytes(24).toString('base64url'), publishedAt: window.publishedAt, noticeEndsAt: window.endsAt, noticeWorkingDays: window.workingDays },
      details: { workingDays: window.workingDays, endsAt: window.endsAt.toISOString() },
    });
  });
}

export async function undecidedObjections(db: DataSource | EntityManager, scenarioId: string): Promise<number> {
  const rows = await db.query<Array<{ n: string }>>('SELECT count(*) AS n FROM scenario_objection WHERE scenario_id = $1 AND decision IS NULL', [scenarioId]);
  return Number(rows[0]?.n ?? 0);
}

/** Why a published notice cannot close yet, or null when it can. */
async function notClosable(manager: EntityManager, row: ScenarioEntity, now: Date): Promise<string | null> {
  if (row.noticeEndsAt && row.noticeEndsAt.getTime() > now.getTime()) {
    return `The notice window is open until ${row.noticeEndsAt.toISOString()} (公示期未结束)`;
  }
  const open = await undecidedObjections(manager, row.id);
  return open > 0 ? `${open} objection(s) are not decided yet (尚有 ${open} 条异议未处理)` : null;
}

/**
 * Closes a published notice whose window has ended with every objection decided. Closing is an act of
 * HR (the close mutation), never a side effect of a read: objections received within the window may
 * still be recorded after it ends (they come by post), until HR closes the notice. With `strict` a
 * notice that cannot close is refused with the reason; without it, it is left as it is.
 */
export async function closeNotice(db: DataSource | EntityManager, id: string, actor: Actor, options: { now?: Date; strict?: boolean } = {}): Promise<ScenarioEntity | null> {
  const now = options.now ?? new Date();
  return inTransaction(db, async (manager) => {
    const row = await manager.findOne(ScenarioEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) return null;
    if (row.status === 'PUBLISHED') {
      const why = await notClosable(manager, row, now);
      if (why) {
        if (options.strict) throw new ScenarioRuleError('CONFLICT', why);
        return null;
      }
    } else if (!options.strict) return null;
    return transition(manager, id, 'close', actor, { reason: 'window ended, every objection decided (公示期满，异议均已处理)' });
  });
}

export interface ObjectionInput {
  staffNo: string;
  text: string;
  evidenceFileName: string | null;
  receivedOn: string;
}

export async function publishedPlanOf(db: DataSource | EntityManager, scenarioId: string): Promise<{ row: PlanEntity; stored: StoredPlan }> {
  const row = await db.getRepository(PlanEntity).findOneBy({ scenarioId });
  if (!row) throw new ScenarioRuleError('NOT_FOUND', `Scenario ${scenarioId} has no plan (方案没有求解结果)`);
  return { row, stored: decodeStoredPlan(row.body) };
}

/** The last day objections may be received: the window's last working day (the publishing day for a 0-day window). */
export function lastObjectionDay(row: Pick<ScenarioEntity, 'publishedAt' | 'noticeEndsAt'>): string | null {
  if (!row.publishedAt || !row.noticeEndsAt) return null;
  return row.noticeEndsAt.getTime() <= row.publishedAt.getTime() ? cstDateOf(row.publishedAt) : cstDateOf(new Date(row.noticeEndsAt.getTime() - 1));
}

/**
 * HR records an objection on a teacher's behalf while the notice is published: one received from the
 * publishing day to the window's last day, of a teacher on the notice.
 */
export async function recordObjection(db: DataSource | EntityManager, id: string, input: ObjectionInput, actor: Actor & { username: string }): Promise<ScenarioObjectionEntity> {
  return inTransaction(db, async (manager) => {
    let saved: ScenarioObjectionEntity | null = null;
    await transition(manager, id, 'object', actor, {
      details: { staffNo: input.staffNo },
      also: async (_, row) => {
        const last = lastObjectionDay(row);
        if (row.publishedAt && input.receivedOn < cstDateOf(row.publishedAt)) {
          throw new ScenarioRuleError('BAD_USER_INPUT', `Received ${input.receivedOn}, before the notice was published (收到日期早于公示日期)`, 'receivedOn');
        }
        if (last && input.receivedOn > last) {
          throw new ScenarioRuleError('BAD_USER_INPUT', `Received ${input.receivedOn}, after the window's last day ${last} (收到日期晚于公示期最后一天 ${last})`, 'receivedOn');
        }
        const { stored } = await publishedPlanOf(manager, id);
        if (!stored.plan.rotations.some((r) => r.staffNo === input.staffNo)) {
          throw new ScenarioRuleError('BAD_USER_INPUT', `Teacher ${input.staffNo} is not on this notice (教师 ${input.staffNo} 不在本次公示名单中)`, 'staffNo');
        }
        saved = await manager.save(manager.create(ScenarioObjectionEntity, {
          scenarioId: id, staffNo: input.staffNo, text: input.text, evidenceFileName: input.evidenceFileName, receivedOn: input.receivedOn,
          recordedBy: actor.username, decision: null, decisionReason: null, decidedBy: null, decidedAt: null, supplement: null,
        }));
      },
    });
    return saved!;
  });
}

/** What an upheld objection changes: the re-solved plan, its fingerprint, the parameters it was solved with, and the changed lines. */
export interface UpheldResolution {
  body: { plan: StoredPlan['plan'] } & Record<string, unknown>;
  fingerprint: string;
  parameters: Record<string, unknown>;
  supplement: SupplementLine[];
  /** The stored parameters the re-solve started from: another decision landing meanwhile makes it CONFLICT. */
  basedOn: Record<string, unknown>;
}

/**
 * ADMIN decides an objection. An upheld one replaces the plan with its re-solve (computed by the
 * caller beforehand) and keeps the changed lines as its supplementary notice (补充公示).
 */
export async function decideObjection(
  db: DataSource | EntityManager, id: string, objectionId: number, decision: ObjectionDecision, reason: string,
  actor: Actor & { username: string }, upheld: UpheldResolution | null,
): Promise<ScenarioObjectionEntity> {
  return inTransaction(db, async (manager) => {
    await transition(manager, id, 'decide', actor, {
      reason,
      details: { objection: objectionId, decision, changedLines: upheld?.supplement.length ?? 0 },
      ...(upheld ? { set: { parameters: upheld.parameters } } : {}),
      also: async (_, row) => {
        if (upheld && JSON.stringify(row.parameters) !== JSON.stringify(upheld.basedOn)) {
          throw new ScenarioRuleError('CONFLICT', 'Another objection was decided while this one was re-solved: decide it again (其他异议已先处理，请重新处理本异议)');
        }
        const objection = await manager.findOne(ScenarioObjectionEntity, { where: { id: objectionId, scenarioId: id }, lock: { mode: 'pessimistic_write' } });
        if (!objection) throw new ScenarioRuleError('NOT_FOUND', `Objection ${objectionId} not found`);
        if (objection.decision) throw new ScenarioRuleError('CONFLICT', `Objection ${objectionId} was already decided: ${objection.decision} (该异议已处理)`);
        await manager.update(ScenarioObjectionEntity, { id: objectionId }, {
          decision, decisionReason: reason, decidedBy: actor.username, decidedAt: new Date(), supplement: upheld?.supplement ?? null,
        });
        if (upheld) {
          await manager.update(PlanEntity, { scenarioId: id }, { body: encodeStoredPlan(upheld.body) as never, fingerprint: upheld.fingerprint });
        }
      },
    });
    return manager.findOneByOrFail(ScenarioObjectionEntity, { id: objectionId });
  });
}
