import { dataVersions, markScenariosStale, regionFingerprint, scenarioParametersOf, SYSTEM, type Actor, type ScenarioEntity } from '@junheng/db';
import type { DataSource, EntityManager } from 'typeorm';

/** Fingerprints kept per process: one per region and data version, so a list computes each at most once per change. */
const CACHE_LIMIT = 256;

/**
 * The one writer of STALE: a solved scenario becomes STALE as soon as the data its plan was computed
 * from changes (an import, an applied plan, a standard-set save, a rollover). Lists and reads compare
 * each solved plan's fingerprint with the current fingerprint of its counties; the current one is
 * computed once per county data version (every such change bumps it) and kept in memory.
 */
export class ScenarioStaleness {
  private readonly fingerprints = new Map<string, string>();

  /** Marks these solved (or closed) scenarios STALE through the lifecycle (an apply refused on a changed fingerprint, and `refresh`). */
  async markStale(db: DataSource | EntityManager, ids: readonly string[], actor: Actor = SYSTEM): Promise<void> {
    await markScenariosStale(db, ids, actor, 'the county\'s data changed since the plan was computed (数据已变化)');
  }

  /** The rows with the status they have now: solved ones whose data changed are marked and returned STALE. */
  async refresh(ds: DataSource, rows: ScenarioEntity[]): Promise<ScenarioEntity[]> {
    const solved = rows.filter((r) => r.status === 'SOLVED');
    if (solved.length === 0) return rows;
    const plans = await ds.query<Array<{ scenario_id: string; fingerprint: string }>>(
      'SELECT scenario_id, fingerprint FROM plan WHERE scenario_id = ANY($1::uuid[])',
      [solved.map((r) => r.id)],
    );
    const planFingerprint = new Map(plans.map((p) => [p.scenario_id, p.fingerprint]));
    const countiesOf = new Map(solved.map((r) => [r.id, scenarioParametersOf(r).countyCodes]));
    const versions = await dataVersions(ds, [...new Set([...countiesOf.values()].flat())]);
    const stale: string[] = [];
    for (const row of solved) {
      const stored = planFingerprint.get(row.id);
      if (stored === undefined) continue;
      const counties = countiesOf.get(row.id)!;
      if ((await this.currentFingerprint(ds, counties, versions)) === stored) continue;
      // A mismatch is confirmed on fresh data before anything is marked: a write that bumped no version
      // (a repair in SQL) must not turn a plan computed after it STALE through an older cached value.
      if ((await this.currentFingerprint(ds, counties, versions, true)) !== stored) stale.push(row.id);
    }
    await this.markStale(ds, stale);
    const staleIds = new Set(stale);
    return rows.map((r) => (staleIds.has(r.id) ? with_(r, { status: 'STALE' }) : r));
  }

  private async currentFingerprint(ds: DataSource, counties: readonly string[], versions: ReadonlyMap<string, number>, fresh = false): Promise<string> {
    const key = counties.map((c) => `${c}@${versions.get(c) ?? 0}`).join(',');
    const known = fresh ? undefined : this.fingerprints.get(key);
    if (known !== undefined) return known;
    const fingerprint = await regionFingerprint(ds, counties);
    if (this.fingerprints.size >= CACHE_LIMIT) this.fingerprints.clear();
    this.fingerprints.set(key, fingerprint);
    return fingerprint;
  }
}

function with_(row: ScenarioEntity, change: Partial<ScenarioEntity>): ScenarioEntity {
  return Object.assign(Object.create(Object.getPrototypeOf(row) as object) as ScenarioEntity, row, change);
}
