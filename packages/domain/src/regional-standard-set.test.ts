import { describe, expect, it } from 'vitest';
import { regionalStandardSet, type StoredStandardSet } from './regional-standard-set';
import { applyStandardOverrides, NATIONAL_STANDARD_SET, StandardOverrideError } from './standard-set';

const CITY = '431100';
const COUNTY = '431124';
const OTHER_COUNTY = '431102';

function stored(regionCode: string, qualified: number, version = 1): StoredStandardSet {
  return { regionCode, name: `${regionCode} 标准`, version, overrides: { levels: { PRIMARY: { qualifiedPer100Min: qualified } } } };
}

describe('regionalStandardSet', () => {
  it('is the national set, unchanged, when nothing is stored', () => {
    const r = regionalStandardSet(NATIONAL_STANDARD_SET, new Map(), COUNTY, CITY);
    expect(r.set).toBe(NATIONAL_STANDARD_SET);
    expect(r.ownerRegionCode).toBeNull();
  });

  it("takes the county's own set before its city's", () => {
    const sets = new Map([[CITY, stored(CITY, 4.5)], [COUNTY, stored(COUNTY, 5, 3)]]);
    const county = regionalStandardSet(NATIONAL_STANDARD_SET, sets, COUNTY, CITY);
    expect(county.set.levels.PRIMARY.qualifiedPer100Min).toBe(5);
    expect(county.set).toMatchObject({ id: `region-${COUNTY}`, version: 3, name: `${COUNTY} 标准` });
    expect(county.ownerRegionCode).toBe(COUNTY);
    const sibling = regionalStandardSet(NATIONAL_STANDARD_SET, sets, OTHER_COUNTY, CITY);
    expect(sibling.set.levels.PRIMARY.qualifiedPer100Min).toBe(4.5);
    expect(sibling.ownerRegionCode).toBe(CITY);
  });

  it('applies every stored set to the national defaults, not to the parent set', () => {
    const sets = new Map([
      [CITY, { ...stored(CITY, 4.5), overrides: { levels: { JUNIOR: { avgClassSizeMax: 45 } } } }],
      [COUNTY, stored(COUNTY, 5)],
    ]);
    const county = regionalStandardSet(NATIONAL_STANDARD_SET, sets, COUNTY, CITY).set;
    expect(county.levels.JUNIOR.avgClassSizeMax).toBe(NATIONAL_STANDARD_SET.levels.JUNIOR.avgClassSizeMax);
  });
});

describe('override values an editor may send', () => {
  it('refuses fractions of whole counts, shares above 1 and more than 7 passing indicators', () => {
    const cases: Array<[object, string]> = [
      [{ levels: { PRIMARY: { classes56PlusMax: 0.5 } } }, 'levels.PRIMARY.classes56PlusMax'],
      [{ rotation: { backboneShareOfRotating: 20 } }, 'rotation.backboneShareOfRotating'],
      [{ rotation: { retirementAge: { F: 55.5 } } }, 'rotation.retirementAge.F'],
      [{ sixOfSeven: { minPassing: 8 } }, 'sixOfSeven.minPassing'],
    ];
    for (const [overrides, path] of cases) {
      expect(() => applyStandardOverrides(NATIONAL_STANDARD_SET, overrides)).toThrow(StandardOverrideError);
      try {
        applyStandardOverrides(NATIONAL_STANDARD_SET, overrides);
      } catch (e) {
        expect((e as StandardOverrideError).path).toBe(path);
      }
    }
  });

  it('accepts a share of exactly 1 and a distance above 1', () => {
    const set = applyStandardOverrides(NATIONAL_STANDARD_SET, { rotation: { backboneShareOfRotating: 1, distanceLimitKm: 80 } });
    expect(set.rotation).toMatchObject({ backboneShareOfRotating: 1, distanceLimitKm: 80 });
  });
});
