import { applyStandardOverrides, type StandardOverrides, type StandardSet } from './standard-set';

/** A region's own changes to the national defaults, as an administrator saved them. */
export interface StoredStandardSet {
  regionCode: string;
  name: string;
  /** Starts at 1 and grows with every save, so a plan can say which rules it was computed under. */
  version: number;
  overrides: StandardOverrides;
}

/** The set a region is judged by, and whose rules they are. */
export interface RegionalStandardSet<S extends StoredStandardSet = StoredStandardSet> {
  set: StandardSet;
  /** The region whose stored set applies; null when the national defaults apply unchanged. */
  ownerRegionCode: string | null;
  stored: S | null;
}

/**
 * A county uses its own stored set, else its city's, else the national defaults. Each stored set is
 * a whole set of changes to the national defaults (not to the city's set), so what an administrator
 * sees in the editor is exactly what applies.
 */
export function regionalStandardSet<S extends StoredStandardSet>(
  national: StandardSet,
  storedByRegion: ReadonlyMap<string, S>,
  regionCode: string,
  parentCode: string | null,
): RegionalStandardSet<S> {
  const stored = storedByRegion.get(regionCode) ?? (parentCode ? storedByRegion.get(parentCode) : undefined) ?? null;
  if (!stored) return { set: national, ownerRegionCode: null, stored: null };
  const merged = applyStandardOverrides(national, stored.overrides, stored.name);
  return {
    set: { ...merged, id: `region-${stored.regionCode}`, version: stored.version },
    ownerRegionCode: stored.regionCode,
    stored,
  };
}
