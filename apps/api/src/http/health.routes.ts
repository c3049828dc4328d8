import { Router } from 'express';
import type { DataSource } from 'typeorm';

/** A readiness check of the job queue (pg-boss's table reachable); absent when this API runs no queue. */
export type QueueCheck = () => Promise<unknown>;

const TIMEOUT_MS = 2_000;

function withinTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function probe(check: () => Promise<unknown>): Promise<'ok' | 'unreachable'> {
  try {
    await withinTimeout(check());
    return 'ok';
  } catch {
    return 'unreachable';
  }
}

/**
 * `/health`: the process is alive (200, no database). `/ready`: it can serve (the database answers and,
 * when this API runs the job queue, pg-boss's table is reachable), else 503 with what is not; a load
 * balancer sends traffic only to ready processes. Neither needs a token nor tells anything secret.
 */
export function healthRoutes(ds: DataSource, queueCheck: QueueCheck | null): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/ready', async (_req, res) => {
    const database = await probe(() => ds.query('SELECT 1'));
    const queue = queueCheck ? (database === 'ok' ? await probe(queueCheck) : 'unreachable') : 'not configured';
    const ok = database === 'ok' && queue !== 'unreachable';
    res.status(ok ? 200 : 503).json({ ok, database, queue });
  });
  return router;
}
