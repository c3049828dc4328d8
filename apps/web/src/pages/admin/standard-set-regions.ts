import type { CountiesQuery } from '../../gql/graphql';

export interface RegionOption {
  code: string;
  name: string;
  isCity: boolean;
}

/**
 * The regions whose standard set the signed-in administrator may edit: their city (when they are a
 * city's administrator, or see every region) and each county they see.
 */
export function editableRegions(counties: ReadonlyArray<CountiesQuery['counties'][number]>, adminRegion: string | null): RegionOption[] {
  const cities = new Map<string, string>();
  for (const c of counties) {
    if (c.cityCode && (adminRegion === null || adminRegion === c.cityCode)) cities.set(c.cityCode, c.cityName ?? c.cityCode);
  }
  return [
    ...[...cities].map(([code, name]) => ({ code, name, isCity: true })),
    ...counties.map((c) => ({ code: c.code, name: c.name, isCity: false })),
  ];
}
