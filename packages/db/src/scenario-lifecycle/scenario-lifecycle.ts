import { DataSource, EntityManager } from 'typeorm';
import { ScenarioHistoryEntity } from '../entities/scenario-history.entity';
import { ScenarioEntity } from '../entities/scenario.entity';
import { IllegalTransitionError, ScenarioMissingError } from './illegal-transition-error';
import { canTransition, SCENARIO_TRANSITIONS, type ScenarioOperation, type ScenarioStatus } from './scenario-status';

/** Who changes the scenario: a user, or the system (the job worker, a window that ended) with null. */
export interface Actor {
  username: string | null;
}

export const SYSTEM: Actor = { username: null };

/** Columns an operation may write beside the status. */
export type ScenarioColumns = Partial<Pick<ScenarioEntity,
  'name' | 'year' | 'parameters' | 'progress' | 'error' | 'noticeToken' | 'publishedAt' | 'noticeEndsAt' | 'noticeWorkingDays'>>;

export interface TransitionOptions {
  /** Why (a rejection's comment, a withdrawal's reason): kept in the history. */
  reason?: string | null;
  details?: Record<string, unknown>;
  set?: ScenarioColumns;
  /** Work done in the same transaction once the transition is allowed (the row is locked). */
  also?: (manager: EntityManager, row: ScenarioEntity) => Promise<void>;
}

/** Runs `work` in the caller's transaction, or in a new one. */
export async function inTransaction<T>(db: DataSource | EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db instanceof EntityManager && db.queryRunner?.isTransactionActive) return work(db);
  return db.transaction(work);
}

/**
 * The one writer of a scenario's status: locks the row, refuses an operation the transition table does
 * not allow from its status (IllegalTransitionError), writes the new status with the operation's
 * columns and keeps the step in the scenario's history. Progress reports are not history.
 */
export async function transition(
  db: DataSource | EntityManager, id: string, operation: ScenarioOperation, actor: Actor, options: TransitionOptions = {},
): Promise<ScenarioEntity> {
  return inTransaction(db, async (manager) => {
    const row = await manager.findOne(ScenarioEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new ScenarioMissingError(id);
    if (!canTransition(row.status, operation)) throw new IllegalTransitionError(row.status, operation, SCENARIO_TRANSITIONS[operation].from);
    const to: ScenarioStatus = SCENARIO_TRANSITIONS[operation].to;
    await options.also?.(manager, row);
    await manager.update(ScenarioEntity, { id }, { ...options.set, status: to } as never);
    if (operation !== 'progress') await record(manager, id, operation, row.status, to, actor, options);
    return manager.findOneByOrFail(ScenarioEntity, { id });
  });
}

/** `transition`, or null when the scenario is gone or its status does not allow the operation (the worker's quiet checks). */
export async function tryTransition(
  db: DataSource | EntityManager, id: string, operation: ScenarioOperation, actor: Actor, options: TransitionOptions = {},
): Promise<ScenarioEntity | null> {
  try {
    return await transition(db, id, operation, actor, options);
  } catch (error) {
    if (error instanceof IllegalTransitionError || error instanceof ScenarioMissingError) return null;
    throw error;
  }
}

export interface NewScenario {
  countyCode: string;
  year: number;
  name: string;
  parameters: Record<string, unknown>;
  createdBy: string | null;
}

/** A new DRAFT scenario, its creation the first line of its history. */
export async function createScenario(db: DataSource | EntityManager, fields: NewScenario, actor: Actor, reason: string | null = null): Promise<ScenarioEntity> {
  return inTransaction(db, async (manager) => {
    const row = await manager.save(manager.create(ScenarioEntity, { ...fields, status: SCENARIO_TRANSITIONS.create.to, progress: null, error: null }));
    await record(manager, row.id, 'create', null, row.status, actor, { reason });
    return row;
  });
}

async function record(
  manager: EntityManager, scenarioId: string, operation: ScenarioOperation, from: ScenarioStatus | null, to: ScenarioStatus, actor: Actor,
  options: Pick<TransitionOptions, 'reason' | 'details'>,
): Promise<void> {
  await manager.insert(ScenarioHistoryEntity, {
    scenarioId, operation, fromStatus: from, toStatus: to, username: actor.username, reason: options.reason ?? null, details: (options.details ?? null) as never,
  });
}
