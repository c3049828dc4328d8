export interface CachedResponse {
  /** Data versions of the counties in scope when the answer was computed. */
  stamp: string;
  /** The exact bytes sent the first time (kept encoded: no UTF-8 work per hit). */
  body: Buffer;
  contentType: string;
}

/** A least-recently-used store of serialised answers, bounded in bytes. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  private sizeOf(key: string, e: CachedResponse): number {
    return 2 * (key.length + e.stamp.length) + e.body.length + 64;
  }

  peek(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** The entry if its stamp matches the current data versions; a stale one is dropped. */
  get(key: string, stamp: string): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.stamp !== stamp) {
      this.bytes -= this.sizeOf(key, e);
      this.misses += 1;
      return undefined;
    }
    this.entries.set(key, e);
    this.hits += 1;
    return e;
  }

  set(key: string, e: CachedResponse): void {
    const size = this.sizeOf(key, e);
    if (size > this.maxBytes / 2) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= this.sizeOf(key, old);
    }
    this.entries.set(key, e);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= this.sizeOf(k, v);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
