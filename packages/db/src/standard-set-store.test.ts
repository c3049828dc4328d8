import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFingerprint } from './data-fingerprint';
import { StandardSetEntity } from './entities/standard-set.entity';
import { replaceRegionData } from './region-data-writer';
import { standardSetOfRegion } from './standard-set-store';
import { createTestDatabase, type TestDatabase } from './testing';
import { smallRegion } from './test-support/small-region';

const CITY = '431100';
const COUNTY = '431101';
const OTHER = '431102';

describe('stored regional standard sets', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await replaceRegionData(db.dataSource, smallRegion());
  });
  afterAll(async () => {
    await db?.close();
  });

  it('apply to the county that owns one, then to the counties of a city that owns one', async () => {
    expect((await standardSetOfRegion(db.dataSource, COUNTY)).set).toBe(NATIONAL_STANDARD_SET);
    const repo = db.dataSource.getRepository(StandardSetEntity);
    await repo.save({ regionCode: CITY, name: '市级标准', overrides: { levels: { PRIMARY: { avgClassSizeMax: 40 } } }, version: 2, updatedBy: 'admin' });
    await repo.save({ regionCode: COUNTY, name: '县级标准', overrides: { rotation: { distanceLimitKm: 30 } }, version: 1, updatedBy: 'admin' });

    const county = await standardSetOfRegion(db.dataSource, COUNTY);
    expect(county.ownerRegionCode).toBe(COUNTY);
    expect(county.set.rotation.distanceLimitKm).toBe(30);
    expect(county.set.levels.PRIMARY.avgClassSizeMax).toBe(NATIONAL_STANDARD_SET.levels.PRIMARY.avgClassSizeMax);

    const other = await standardSetOfRegion(db.dataSource, OTHER);
    expect(other.ownerRegionCode).toBe(CITY);
    expect(other.set).toMatchObject({ name: '市级标准', version: 2 });
    expect(other.set.levels.PRIMARY.avgClassSizeMax).toBe(40);
    await repo.clear();
  });

  it("change a county's data fingerprint when its own or its city's set changes, and no other county's", async () => {
    const repo = db.dataSource.getRepository(StandardSetEntity);
    const before = { county: await dataFingerprint(db.dataSource, COUNTY), other: await dataFingerprint(db.dataSource, OTHER) };
    await repo.save({ regionCode: COUNTY, name: '县级标准', overrides: { rotation: { termYears: 2 } }, version: 1, updatedBy: 'admin' });
    const afterCounty = { county: await dataFingerprint(db.dataSource, COUNTY), other: await dataFingerprint(db.dataSource, OTHER) };
    expect(afterCounty.county).not.toBe(before.county);
    expect(afterCounty.other).toBe(before.other);

    await repo.save({ regionCode: CITY, name: '市级标准', overrides: { rotation: { termYears: 4 } }, version: 1, updatedBy: 'admin' });
    expect(await dataFingerprint(db.dataSource, OTHER)).not.toBe(before.other);
    await repo.clear();
    expect(await dataFingerprint(db.dataSource, COUNTY)).toBe(before.county);
  });
});
