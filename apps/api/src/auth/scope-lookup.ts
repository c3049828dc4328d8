import { listenForRegionChanges, type RegionChangeListener } from '@junheng/db';
import type { DataSource } from 'typeorm';
import { loadRegionScope, type RegionScope } from './region-scope';

/**
 * Region scopes (a viewer's counties and their data versions). Concurrent lookups of one region share
 * one statement. While `listen()` holds a LISTEN connection, answers are also kept between requests:
 * every committed change to a region (an import or apply bumps its data version) drops them all, so a
 * kept scope is never older than the data. Without the connection nothing is kept.
 */
export class ScopeLookup {
  private readonly inFlight = new Map<string, Promise<RegionScope>>();
  private readonly kept = new Map<string, RegionScope>();
  private generation = 0;
  private listener: RegionChangeListener | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async listen(url: string): Promise<void> {
    this.listener = await listenForRegionChanges(
      url,
      () => this.forget(),
      () => {
        this.listener = null;
        this.forget();
      },
    );
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.forget();
    await listener?.close();
  }

  private forget(): void {
    this.generation += 1;
    this.kept.clear();
  }

  load(regionCode: string | null): Promise<RegionScope> {
    const key = regionCode ?? '*';
    const kept = this.kept.get(key);
    if (kept) return Promise.resolve(kept);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const lookup = loadRegionScope(this.dataSource, regionCode)
      .then((scope) => {
        // Kept only if no change was announced while the statement ran.
        if (this.listener && generation === this.generation) this.kept.set(key, scope);
        return scope;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }
}
