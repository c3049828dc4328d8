import { describe, expect, it } from 'vitest';
import { editableRegions } from './standard-set-regions';

describe('editableRegions', () => {
  it('offers cities first, then counties, and never a province', () => {
    expect(
      editableRegions([
        { code: '430000', name: '湖南省', kind: 'PROVINCE' },
        { code: '431124', name: '道县', kind: 'COUNTY' },
        { code: '431100', name: '永州市', kind: 'CITY' },
      ]),
    ).toEqual([
      { code: '431100', name: '永州市', isCity: true },
      { code: '431124', name: '道县', isCity: false },
    ]);
  });
});
