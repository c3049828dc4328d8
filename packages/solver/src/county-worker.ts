import { parentPort, workerData } from 'node:worker_threads';
import { solveCountyJob, type CountyJob } from './solve-city';

/** Worker thread entry: solves one county job and posts the result back. */
solveCountyJob(workerData as CountyJob).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (e: unknown) => parentPort?.postMessage({ ok: false, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) }),
);
