import type { DataSource } from 'typeorm';

/** How long a job stays taken after its worker's last heartbeat. */
export const JOB_LEASE_SECONDS = 25;
/** How often a running job renews its lease. */
export const JOB_HEARTBEAT_SECONDS = 5;

export interface JobLeaseOptions {
  leaseSeconds?: number;
  heartbeatSeconds?: number;
  onError?: (error: unknown) => void;
}

/**
 * A heartbeat for a pg-boss 10 job (pg-boss 10 has none of its own). The job is sent with an expiry
 * long enough for the slowest solve (pg-boss also uses it as the handler's time limit); while the
 * handler runs, this keeps the job's expiry in PostgreSQL at "now + lease" and renews it every
 * heartbeat. A worker that dies stops renewing, so pg-boss's maintenance expires the job within
 * lease + maintenance interval and another worker retries it (the plan is stored once either way).
 * Returns a function that stops the heartbeat.
 */
export function holdJobLease(ds: DataSource, queue: string, jobId: string, options: JobLeaseOptions = {}): () => void {
  const lease = options.leaseSeconds ?? JOB_LEASE_SECONDS;
  const renew = () =>
    ds
      .query(
        `UPDATE pgboss.job SET expire_in = (now() - started_on) + make_interval(secs => $3)
          WHERE name = $1 AND id = $2 AND state = 'active'`,
        [queue, jobId, lease],
      )
      .catch((error: unknown) => options.onError?.(error));
  void renew();
  const timer = setInterval(() => void renew(), (options.heartbeatSeconds ?? JOB_HEARTBEAT_SECONDS) * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
