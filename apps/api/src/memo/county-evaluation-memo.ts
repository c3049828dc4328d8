import type { SchoolEntity } from '@junheng/db';
import type { EvaluatedSection } from '../dataloaders/section-evaluations-by-school.loader';
import { VersionedCountyMap } from './versioned-county-map';

/** Every section of a county's schools, evaluated by the domain, by school code. Shared: never mutate. */
export type CountyEvaluations = ReadonlyMap<string, readonly EvaluatedSection[]>;

/** A county's school rows in code order, as read for one memo key. Shared: never mutate. */
export interface CountySchools {
  rows: readonly SchoolEntity[];
  /** Every code is digits only (so JavaScript's order of codes is the database's). */
  codesAreDigits: boolean;
}

/**
 * What the school pages need of a county, computed once per (county, data version, standard set
 * version) and shared by every request of the process: the evaluated sections, and the school rows
 * (lists are paged, filtered and sorted from them when the memo is warm). The key is read for each
 * request (with the session check, or in one statement of its own), so an import, an apply or a
 * standard-set save (each bumps the data version) makes the next request compute afresh; an entry of
 * an older version is replaced, never served. Concurrent requests for one county and version share one
 * computation. Bounded: the least recently used counties are dropped beyond `maxCounties`.
 */
export class CountyEvaluationMemo {
  private readonly evaluations: VersionedCountyMap<CountyEvaluations>;
  private readonly rows: VersionedCountyMap<CountySchools>;

  constructor(readonly maxCounties = 256) {
    this.evaluations = new VersionedCountyMap(maxCounties);
    this.rows = new VersionedCountyMap(maxCounties);
  }

  get(countyCode: string, key: string, compute: () => Promise<CountyEvaluations>): Promise<CountyEvaluations> {
    return this.evaluations.get(countyCode, key, compute);
  }

  /** The county's school rows in code order under `key`. */
  schools(countyCode: string, key: string, compute: () => Promise<CountySchools>): Promise<CountySchools> {
    return this.rows.get(countyCode, key, compute);
  }

  get hits(): number {
    return this.evaluations.hits;
  }

  get misses(): number {
    return this.evaluations.misses;
  }

  /** The key a county's evaluations were computed under (for tests and metrics). */
  keyOf(countyCode: string): string | undefined {
    return this.evaluations.keyOf(countyCode);
  }

  /** The key a county's school rows were read under. */
  schoolsKeyOf(countyCode: string): string | undefined {
    return this.rows.keyOf(countyCode);
  }

  clear(): void {
    this.evaluations.clear();
    this.rows.clear();
  }

  get size(): number {
    return this.evaluations.size;
  }
}
