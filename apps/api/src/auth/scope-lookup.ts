import type { DataSource } from 'typeorm';
import { loadRegionScope, type RegionScope } from './region-scope';

/**
 * Region scopes with concurrent lookups of one region joined into one statement (single flight).
 * Nothing is kept once the statement answers, so a scope is never older than a request in flight.
 */
export class ScopeLookup {
  private readonly inFlight = new Map<string, Promise<RegionScope>>();

  constructor(private readonly dataSource: DataSource) {}

  load(regionCode: string | null): Promise<RegionScope> {
    const key = regionCode ?? '*';
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const lookup = loadRegionScope(this.dataSource, regionCode).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }
}
