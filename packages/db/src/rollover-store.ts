import { referenceDate, rollover, type RotationReturn } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import { lockCountiesForWrite } from './county-write-lock';
import { AuditLogEntity } from './entities';
import { writeRollover } from './plan-changes-writer';
import { loadRegionData } from './region-data-reader';
import { bumpDataVersions } from './region-queries';

export interface RolloverReturnRow extends RotationReturn {
  fromSchoolName: string;
  toSchoolName: string;
}

export interface RolloverOutcome {
  countyCode: string;
  year: number;
  /** The day judged: September 1 of `year`. Terms ending on or before it end. */
  date: string;
  returns: RolloverReturnRow[];
  /** Staff numbers of teachers with an ended term but no home school on record: only their term is cleared. */
  termsCleared: string[];
  /** Whether the changes were written (false for a preview). */
  applied: boolean;
  /** The county's data version after the rollover (null for a preview, or when nothing changed). */
  dataVersion: number | null;
}

/**
 * The year rollover (学年轮转) of one county at September 1 of `year`, by domain `rollover`: with
 * `apply` false a preview; with `apply` true, in one transaction holding the county's write lock, the
 * teachers whose term ended go home, the county's data version is bumped (scenarios computed before
 * become STALE) and the act is audited under `username`.
 */
export async function runRollover(db: DataSource, countyCode: string, year: number, options: { apply: boolean; username: string }): Promise<RolloverOutcome> {
  const date = referenceDate(year);
  return db.transaction(async (manager) => {
    if (options.apply) await lockCountiesForWrite(manager, [countyCode]);
    const region = await loadRegionData(manager, [countyCode]);
    const names = new Map(region.schools.map((s) => [s.code, s.name]));
    const result = rollover(region, date);
    const returns = result.returns.map((r) => ({ ...r, fromSchoolName: names.get(r.fromSchool) ?? r.fromSchool, toSchoolName: names.get(r.toSchool) ?? r.toSchool }));
    const outcome: RolloverOutcome = { countyCode, year, date, returns, termsCleared: result.termsCleared, applied: false, dataVersion: null };
    if (!options.apply) return outcome;
    const changed = returns.length + result.termsCleared.length > 0;
    if (changed) {
      await writeRollover(manager, countyCode, result.returns, result.termsCleared);
      outcome.dataVersion = (await bumpDataVersions(manager, [countyCode])).get(countyCode) ?? null;
    }
    await manager.insert(AuditLogEntity, {
      username: options.username, action: 'ROLLOVER', countyCode, target: String(year),
      details: { date, returns: returns.map((r) => r.staffNo), termsCleared: result.termsCleared },
    });
    outcome.applied = true;
    return outcome;
  });
}
