import { loadRegionStandardSets, type StoredStandardSetRow } from '@junheng/db';
import { regionalStandardSet, type RegionalStandardSet, type StandardSet } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The standard sets of every region, read once per request (one small statement), so indicator
 * maths can ask synchronously which rules a county is judged by.
 */
export class StandardSetTable {
  private readonly resolved = new Map<string, RegionalStandardSet<StoredStandardSetRow>>();

  constructor(
    private readonly national: StandardSet,
    private readonly stored: ReadonlyMap<string, StoredStandardSetRow>,
    private readonly parents: ReadonlyMap<string, string | null>,
  ) {}

  static async load(ds: DataSource | EntityManager, national: StandardSet): Promise<StandardSetTable> {
    const { stored, parents } = await loadRegionStandardSets(ds);
    return new StandardSetTable(national, stored, parents);
  }

  /** The region's set with whose rules they are (its own, its city's, or the national defaults). */
  regional(regionCode: string): RegionalStandardSet<StoredStandardSetRow> {
    let found = this.resolved.get(regionCode);
    if (!found) {
      found = regionalStandardSet(this.national, this.stored, regionCode, this.parents.get(regionCode) ?? null);
      this.resolved.set(regionCode, found);
    }
    return found;
  }

  of(regionCode: string): StandardSet {
    return this.regional(regionCode).set;
  }

  /** Whether `code` is `ancestor` or lies below it in the region tree. */
  isWithin(code: string, ancestor: string): boolean {
    const seen = new Set<string>();
    for (let at: string | null | undefined = code; at && !seen.has(at); at = this.parents.get(at)) {
      if (at === ancestor) return true;
      seen.add(at);
    }
    return false;
  }

  has(code: string): boolean {
    return this.parents.has(code);
  }
}
