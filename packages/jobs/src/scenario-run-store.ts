import type { DataSource } from 'typeorm';

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

/**
 * Takes a queued scenario for this worker. A RUNNING scenario is taken again only when its job is
 * retried after a worker died; CANCELLED, SOLVED or deleted scenarios are left alone.
 */
export async function claimScenarioRun(ds: DataSource, scenarioId: string, attempt: number): Promise<boolean> {
  const progress: RunProgress = { stage: 'LOADING', fraction: 0.05, attempt, updatedAt: new Date().toISOString() };
  const rows: unknown[] = await ds.query(
    `UPDATE scenario SET status = 'RUNNING', progress = $2, error = NULL, updated_at = now()
      WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
    [scenarioId, JSON.stringify(progress)],
  );
  return rowCount(rows) > 0;
}

export async function recordProgress(ds: DataSource, scenarioId: string, progress: RunProgress): Promise<void> {
  await ds.query(`UPDATE scenario SET progress = $2, updated_at = now() WHERE id = $1 AND status = 'RUNNING'`, [
    scenarioId,
    JSON.stringify({ ...progress, updatedAt: new Date().toISOString() }),
  ]);
}

export async function scenarioStatus(ds: DataSource, scenarioId: string): Promise<string | null> {
  const rows: Array<{ status: string }> = await ds.query(`SELECT status FROM scenario WHERE id = $1`, [scenarioId]);
  return rows[0]?.status ?? null;
}

/**
 * Stores the plan at most once per scenario: a job retried after a crash, or run by two workers,
 * can never leave two plans, and a scenario cancelled meanwhile gets none. Returns whether this call stored it.
 */
export async function storePlanOnce(ds: DataSource, scenarioId: string, fingerprint: string, body: object): Promise<boolean> {
  return ds.transaction(async (manager) => {
    // A cancel that lands while the solve finishes wins: the row is locked, and a scenario no longer
    // RUNNING (cancelled, or solved by another worker) gets no plan.
    const current: Array<{ status: string }> = await manager.query(`SELECT status FROM scenario WHERE id = $1 FOR UPDATE`, [scenarioId]);
    if (current[0]?.status !== 'RUNNING') return false;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO plan (scenario_id, fingerprint, body) VALUES ($1, $2, $3)
       ON CONFLICT (scenario_id) DO NOTHING RETURNING id`,
      [scenarioId, fingerprint, JSON.stringify(body)],
    );
    const stored = rowCount(inserted) > 0;
    if (stored) {
      const done: RunProgress = { stage: 'DONE', fraction: 1, updatedAt: new Date().toISOString() };
      await manager.query(`UPDATE scenario SET status = 'SOLVED', progress = $2, updated_at = now() WHERE id = $1 AND status = 'RUNNING'`, [
        scenarioId,
        JSON.stringify(done),
      ]);
    }
    return stored;
  });
}

export async function markFailed(ds: DataSource, scenarioId: string, message: string): Promise<void> {
  await ds.query(`UPDATE scenario SET status = 'FAILED', error = $2, updated_at = now() WHERE id = $1 AND status = 'RUNNING'`, [scenarioId, message]);
}

// TypeORM's query() returns [rows, count] for UPDATE ... RETURNING on postgres and plain rows for INSERT.
function rowCount(result: unknown[]): number {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return result.length;
}
