import type { EvaluatedSection } from '../dataloaders/section-evaluations-by-school.loader';

/** Every section of a county's schools, evaluated by the domain, by school code. Shared: never mutate. */
export type CountyEvaluations = ReadonlyMap<string, readonly EvaluatedSection[]>;

interface Entry {
  /** The county's data version and the version of the standard set it is judged by. */
  key: string;
  value: Promise<CountyEvaluations>;
}

/**
 * The evaluated sections of a county, computed once per (county, data version, standard set version)
 * and shared by every request of the process. The key is read from the request's scope (its data
 * versions are read before any data, and dropped by the same LISTEN signal as the response cache), so
 * an import, an apply or a standard-set save (each bumps the data version) makes the next request
 * compute afresh; an entry of an older version is replaced, never served. Concurrent requests for one
 * county and version share one computation. Bounded: the least recently used counties are dropped
 * beyond `maxCounties`.
 */
export class CountyEvaluationMemo {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(readonly maxCounties = 256) {}

  get(countyCode: string, key: string, compute: () => Promise<CountyEvaluations>): Promise<CountyEvaluations> {
    const found = this.entries.get(countyCode);
    if (found) {
      this.entries.delete(countyCode);
      if (found.key === key) {
        this.entries.set(countyCode, found);
        this.hits += 1;
        return found.value;
      }
    }
    this.misses += 1;
    const entry: Entry = { key, value: compute() };
    this.entries.set(countyCode, entry);
    // A failed computation is not kept: the next request tries again.
    entry.value.catch(() => {
      if (this.entries.get(countyCode) === entry) this.entries.delete(countyCode);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxCounties) break;
      this.entries.delete(oldest);
    }
    return entry.value;
  }

  /** The key an entry was computed under (for tests and metrics). */
  keyOf(countyCode: string): string | undefined {
    return this.entries.get(countyCode)?.key;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
