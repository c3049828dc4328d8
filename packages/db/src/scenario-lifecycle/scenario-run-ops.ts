import type { DataSource, EntityManager } from 'typeorm';
import { PlanEntity } from '../entities/plan.entity';
import { ScenarioEntity } from '../entities/scenario.entity';
import { inTransaction, SYSTEM, transition, tryTransition, type Actor } from './scenario-lifecycle';
import type { ScenarioStatus } from './scenario-status';
import { encodeStoredPlan } from './stored-plan-codec';
import type { Plan } from '@junheng/domain';

export interface RunProgress {
  stage: 'QUEUED' | 'LOADING' | 'BUILDING' | 'SOLVING' | 'DISAGGREGATING' | 'CHECKING' | 'STORING' | 'DONE';
  /** Share of the work done, 0..1. */
  fraction: number;
  /** Best objective found so far, when the backend reports one. */
  incumbent?: number | null;
  message?: string;
  attempt?: number;
  updatedAt?: string;
}

const clearedNotice = { noticeToken: null, publishedAt: null, noticeEndsAt: null, noticeWorkingDays: null };

const stamped = (p: RunProgress): Record<string, unknown> => ({ ...p, updatedAt: new Date().toISOString() });

/** Queues a solve (the previous plan of the scenario is dropped). */
export async function queueScenarioRun(db: DataSource | EntityManager, id: string, actor: Actor): Promise<ScenarioEntity> {
  return transition(db, id, 'queue', actor, {
    set: { error: null, progress: stamped({ stage: 'QUEUED', fraction: 0 }), ...clearedNotice },
    also: (manager) => manager.delete(PlanEntity, { scenarioId: id }).then(() => undefined),
  });
}

/** New parameters (and name, year): back to DRAFT with the plan dropped. */
export async function editScenario(
  db: DataSource | EntityManager, id: string, actor: Actor, set: { name: string; year: number; parameters: Record<string, unknown> },
): Promise<ScenarioEntity> {
  return transition(db, id, 'edit', actor, {
    set: { ...set, progress: null, error: null, ...clearedNotice },
    also: (manager) => manager.delete(PlanEntity, { scenarioId: id }).then(() => undefined),
  });
}

/**
 * Takes a queued scenario for this worker. A RUNNING scenario is taken again only when its job is
 * retried after a worker died; CANCELLED, SOLVED or deleted scenarios are left alone.
 */
export async function claimScenarioRun(ds: DataSource, scenarioId: string, attempt: number): Promise<boolean> {
  const row = await tryTransition(ds, scenarioId, 'claim', SYSTEM, {
    set: { progress: stamped({ stage: 'LOADING', fraction: 0.05, attempt }), error: null },
    details: { attempt },
  });
  return row !== null;
}

export async function recordProgress(ds: DataSource, scenarioId: string, progress: RunProgress): Promise<void> {
  await tryTransition(ds, scenarioId, 'progress', SYSTEM, { set: { progress: stamped(progress) } });
}

export async function scenarioStatus(ds: DataSource, scenarioId: string): Promise<ScenarioStatus | null> {
  const row = await ds.getRepository(ScenarioEntity).findOne({ where: { id: scenarioId }, select: { id: true, status: true } });
  return row?.status ?? null;
}

/**
 * Stores the plan at most once per scenario: a job retried after a crash, or run by two workers,
 * can never leave two plans, and a scenario cancelled meanwhile gets none. Returns whether this call stored it.
 */
export async function storePlanOnce(ds: DataSource, scenarioId: string, fingerprint: string, body: object): Promise<boolean> {
  return ds.transaction(async (manager) => {
    // A cancel that lands while the solve finishes wins: the row is locked, and a scenario no longer
    // RUNNING (cancelled, or solved by another worker) gets no plan.
    const current = await manager.findOne(ScenarioEntity, { where: { id: scenarioId }, lock: { mode: 'pessimistic_write' } });
    if (current?.status !== 'RUNNING') return false;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO plan (scenario_id, fingerprint, body) VALUES ($1, $2, $3)
       ON CONFLICT (scenario_id) DO NOTHING RETURNING id`,
      [scenarioId, fingerprint, JSON.stringify(encodeStoredPlan(body as { plan: Plan }))],
    );
    if (inserted.length === 0) return false;
    await transition(manager, scenarioId, 'store', SYSTEM, { set: { progress: stamped({ stage: 'DONE', fraction: 1 }) } });
    return true;
  });
}

export async function markFailed(ds: DataSource, scenarioId: string, message: string): Promise<void> {
  await tryTransition(ds, scenarioId, 'fail', SYSTEM, { set: { error: message }, reason: message.slice(0, 1000) });
}

/** Stops a queued or running solve: the worker sees the status and stops its solver thread. */
export async function cancelScenarioRun(db: DataSource | EntityManager, id: string, actor: Actor): Promise<ScenarioEntity> {
  return transition(db, id, 'cancel', actor);
}

/** Marks solved scenarios whose data changed STALE (others are left as they are). */
export async function markScenariosStale(db: DataSource | EntityManager, ids: readonly string[], actor: Actor, reason: string): Promise<void> {
  for (const id of ids) await inTransaction(db, (manager) => tryTransition(manager, id, 'markStale', actor, { reason }));
}
