import type { RegionKind } from '../../gql/graphql';

export interface RegionOption {
  code: string;
  name: string;
  isCity: boolean;
}

/**
 * The regions that may keep a standard set (cities and counties) among those an administrator may
 * manage, cities first: a province administrator edits its cities and counties, not the province.
 */
export function editableRegions(regions: ReadonlyArray<{ code: string; name: string; kind: RegionKind }>): RegionOption[] {
  const cities = regions.filter((r) => r.kind === 'CITY');
  const counties = regions.filter((r) => r.kind === 'COUNTY');
  return [...cities, ...counties].map((r) => ({ code: r.code, name: r.name, isCity: r.kind === 'CITY' }));
}
