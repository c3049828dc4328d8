interface Entry<V> {
  /** The county's memo key (data version and standard set versions). */
  key: string;
  value: Promise<V>;
}

/**
 * Values computed once per (county, memo key), kept for every request of the process: a lookup under
 * another key replaces the entry (an older version is never served), concurrent lookups share one
 * computation, a failed computation is not kept, and beyond `maxCounties` the least recently used
 * counties are dropped.
 */
export class VersionedCountyMap<V> {
  private readonly entries = new Map<string, Entry<V>>();
  hits = 0;
  misses = 0;

  constructor(readonly maxCounties: number) {}

  get(countyCode: string, key: string, compute: () => Promise<V>): Promise<V> {
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
    const entry: Entry<V> = { key, value: compute() };
    this.entries.set(countyCode, entry);
    entry.value.catch(() => {
      if (this.entries.get(countyCode) === entry) this.entries.delete(countyCode);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxCounties) break;
      this.entries.delete(oldest);
    }
    return entry.value;
  }

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
