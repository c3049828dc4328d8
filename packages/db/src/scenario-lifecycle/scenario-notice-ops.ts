import { randomBytes } from 'node:crypto';
import { noticeWindow } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { PlanEntity } from '../entities/plan.entity';
import { ScenarioObjectionEntity, type ObjectionDecision, type SupplementLine } from '../entities/scenario-objection.entity';
import { ScenarioEntity } from '../entities/scenario.entity';
import { ScenarioRuleError } from './illegal-transition-error';
import { noticeSettingsOf } from './notice-settings';
import { inTransaction, SYSTEM, transition, type Actor } from './scenario-lifecycle';
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
 * Closes a published notice whose window has ended with every objection decided: the read path calls it
 * (so a notice closes the first time anyone looks after its end), and the close mutation. With `strict`
 * a notice that cannot close is refused with the reason; without it, it is left as it is.
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
    return transition(manager, id, 'close', actor, { reason: actor === SYSTEM ? 'window ended, every objection decided (公示期满，异议均已处理)' : null });
  });
}

/** Closes every due notice among these scenarios; returns the ids closed. */
export async function closeDueNotices(db: DataSource, rows: readonly ScenarioEntity[], now = new Date()): Promise<Set<string>> {
  const closed = new Set<string>();
  for (const row of rows) {
    if (row.status !== 'PUBLISHED' || !row.noticeEndsAt || row.noticeEndsAt.getTime() > now.getTime()) continue;
    if (await closeNotice(db, row.id, SYSTEM, { now })) closed.add(row.id);
  }
  return closed;
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

/** HR records an objection on a teacher's behalf while the notice is published. */
export async function recordObjection(db: DataSource | EntityManager, id: string, input: ObjectionInput, actor: Actor & { username: string }): Promise<ScenarioObjectionEntity> {
  return inTransaction(db, async (manager) => {
    let saved: ScenarioObjectionEntity | null = null;
    await transition(manager, id, 'object', actor, {
      details: { staffNo: input.staffNo },
      also: async () => {
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
      also: async () => {
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
