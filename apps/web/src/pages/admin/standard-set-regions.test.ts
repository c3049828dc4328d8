import { describe, expect, it } from 'vitest';
import { editableRegions } from './standard-set-regions';

const COUNTIES = [
  { id: 'a', code: '431124', name: '道县', cityCode: '431100', cityName: '永州市' },
  { id: 'b', code: '431125', name: '江永县', cityCode: '431100', cityName: '永州市' },
];

describe('editableRegions', () => {
  it("offers a city's administrator the city first, then its counties", () => {
    expect(editableRegions(COUNTIES, '431100')).toEqual([
      { code: '431100', name: '永州市', isCity: true },
      { code: '431124', name: '道县', isCity: false },
      { code: '431125', name: '江永县', isCity: false },
    ]);
  });

  it("offers a county's administrator their county only, not the city above it", () => {
    expect(editableRegions([COUNTIES[0]!], '431124')).toEqual([{ code: '431124', name: '道县', isCity: false }]);
  });
});
