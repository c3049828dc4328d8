import type { DataSource } from 'typeorm';
import {
  claimScenarioRun, loadPlannedClasses, loadRegionData, markFailed, recordProgress, regionFingerprint, ScenarioEntity, scenarioParametersOf, scenarioStatus,
  standardSetOfRegion, storePlanOnce, type RunProgress,
} from '@junheng/db';
import type { ScenarioParameters } from '@junheng/domain';
import { sectionsWithPlannedClasses } from '@junheng/domain';
import { SolveCancelledError, solveInThread, type SolveOutcome } from './solve-in-thread';

export type RunResult = 'STORED' | 'ALREADY_STORED' | 'SKIPPED' | 'CANCELLED' | 'FAILED';

export interface RunOptions {
  attempt: number;
  /** How often the run looks for a cancel, ms. */
  cancelPollMs?: number;
  log?: (line: string) => void;
  /** Called with the seconds the solve took and the plan's status (metrics). */
  onSolved?: (seconds: number, status: string) => void;
}

const fingerprintOf = (ds: DataSource, countyCodes: readonly string[]) => regionFingerprint(ds, countyCodes);

/**
 * Loads the region (sections with the classes planned for the year), the standard set of the scenario's region and the fingerprint of the same data
 * (re-read if an import or a standard-set save landed in between).
 */
async function loadConsistentRegion(ds: DataSource, regionCode: string, countyCodes: string[], year: number) {
  for (let tries = 0; ; tries += 1) {
    const before = await fingerprintOf(ds, countyCodes);
    const loaded = await loadRegionData(ds, countyCodes);
    const { set: standardSet } = await standardSetOfRegion(ds, regionCode);
    // The plan year starts from the classes applied plans planned for it (分班).
    const planned = await loadPlannedClasses(ds, countyCodes, year);
    const region = { ...loaded, sections: sectionsWithPlannedClasses(loaded.sections, planned, standardSet.sizes.oversizedClassMin) };
    const after = await fingerprintOf(ds, countyCodes);
    if (before === after || tries >= 2) return { region, standardSet, fingerprint: after };
  }
}

/**
 * One scenario solve, start to end: claim, load, solve in a thread (cancellable), store the plan once.
 * Safe to run again for the same scenario: a second run finds the plan stored and changes nothing.
 */
export async function runScenarioJob(ds: DataSource, scenarioId: string, options: RunOptions): Promise<RunResult> {
  const log = options.log ?? (() => undefined);
  if (!(await claimScenarioRun(ds, scenarioId, options.attempt))) return 'SKIPPED';
  const row = await ds.getRepository(ScenarioEntity).findOneByOrFail({ id: scenarioId });
  const scenario = scenarioParametersOf(row);
  const controller = new AbortController();
  const poll = setInterval(() => {
    scenarioStatus(ds, scenarioId)
      .then((status) => status !== 'RUNNING' && controller.abort())
      .catch(() => undefined);
  }, options.cancelPollMs ?? 1000);
  try {
    const { region, standardSet, fingerprint } = await loadConsistentRegion(ds, row.countyCode, scenario.countyCodes, scenario.year);
    await recordProgress(ds, scenarioId, { stage: 'BUILDING', fraction: 0.15, attempt: options.attempt });
    const onProgress = (p: RunProgress) => void recordProgress(ds, scenarioId, { ...p, attempt: options.attempt }).catch(() => undefined);
    const solveStarted = process.hrtime.bigint();
    const outcome = await solveInThread({ region, standardSet, scenario }, onProgress, controller.signal);
    options.onSolved?.(Number(process.hrtime.bigint() - solveStarted) / 1e9, outcome.plan.status);
    await recordProgress(ds, scenarioId, { stage: 'STORING', fraction: 0.95, attempt: options.attempt });
    const stored = await storePlanOnce(ds, scenarioId, fingerprint, outcome);
    log(`scenario ${scenarioId}: ${stored ? 'plan stored' : 'plan was already stored'} (${outcome.plan.status})`);
    return stored ? 'STORED' : 'ALREADY_STORED';
  } catch (error) {
    if (error instanceof SolveCancelledError) {
      log(`scenario ${scenarioId}: cancelled`);
      return 'CANCELLED';
    }
    const message = error instanceof Error ? error.message : String(error);
    await markFailed(ds, scenarioId, message);
    log(`scenario ${scenarioId}: failed: ${message}`);
    return 'FAILED';
  } finally {
    clearInterval(poll);
  }
}

/**
 * Solves a scenario's parameters now, in a solver thread, without storing anything: the re-solve of an
 * upheld objection (the caller stores the plan through the lifecycle module). Returns the plan and the
 * fingerprint of the data it was computed from.
 */
export async function solveScenarioNow(ds: DataSource, regionCode: string, scenario: ScenarioParameters): Promise<{ outcome: SolveOutcome; fingerprint: string }> {
  const { region, standardSet, fingerprint } = await loadConsistentRegion(ds, regionCode, scenario.countyCodes, scenario.year);
  const outcome = await solveInThread({ region, standardSet, scenario }, () => undefined, new AbortController().signal);
  return { outcome, fingerprint };
}
