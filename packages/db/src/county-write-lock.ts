import type { EntityManager } from 'typeorm';

/**
 * Serialises writers of the same counties (an import racing an apply) until the transaction ends,
 * taking the locks in a fixed order to avoid deadlocks.
 */
export async function lockCountiesForWrite(manager: EntityManager, countyCodes: Iterable<string>): Promise<void> {
  for (const code of [...new Set(countyCodes)].sort()) {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('junheng:county:' || $1))", [code]);
  }
}
