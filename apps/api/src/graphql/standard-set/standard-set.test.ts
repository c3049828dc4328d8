import { AuditLogEntity, dataVersions, StandardSetEntity } from '@junheng/db';
import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CITY, COUNTY_A, COUNTY_B, COUNTY_C } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';

const SET = `query($r:String){ standardSet(regionCode:$r){ id version name ownerRegionCode overrides updatedBy levels { level avgClassSizeMax } rotation { distanceLimitKm } } }`;
const SAVE = `mutation($i:SaveStandardSetInput!){ saveStandardSet(input:$i){ id version name ownerRegionCode overrides levels { level avgClassSizeMax } } }`;
const RESET = `mutation($r:String!){ resetStandardSet(regionCode:$r){ ownerRegionCode name } }`;
const R_THRESHOLDS = `query($c:String){ schools(countyCode:$c, first:50){ edges { node { sections { level checks { indicator threshold } } } } } }`;

const NATIONAL_PRIMARY_CLASS = NATIONAL_STANDARD_SET.levels.PRIMARY.avgClassSizeMax;

let api: TestApi;
let cityAdmin: string;
let countyAdmin: string;

function primaryClassThresholds(body: GraphQLBody): number[] {
  const edges = body.data!.schools.edges as Array<{ node: { sections: Array<{ level: string; checks: Array<{ indicator: string; threshold: number }> }> } }>;
  return [...new Set(edges.flatMap((e) => e.node.sections.filter((s) => s.level === 'PRIMARY').flatMap((s) => s.checks.filter((c) => c.indicator === 'C').map((c) => c.threshold))))];
}
type GraphQLBody = Awaited<ReturnType<TestApi['post']>>['body'];

beforeAll(async () => {
  // With the response cache on: a saved set must reach answers cached before it.
  api = await startTestApi({ env: { RESPONSE_CACHE_MB: '8' } });
  cityAdmin = await api.token('ADMIN', CITY);
  countyAdmin = await api.token('ADMIN', COUNTY_A);
});
afterAll(async () => api?.close());
beforeEach(async () => {
  await api.db.dataSource.getRepository(StandardSetEntity).clear();
});

describe('regional standard sets', () => {
  it('start as the national defaults', async () => {
    const r = await api.post(SET, { r: COUNTY_A }, await api.token('VIEWER', COUNTY_A));
    expect(r.body.data!.standardSet).toMatchObject({ id: NATIONAL_STANDARD_SET.id, ownerRegionCode: null, overrides: null });
  });

  it("a city's set judges its counties at once, cached answers included; a county's own set goes before it", async () => {
    const planner = await api.token('PLANNER', CITY);
    expect(primaryClassThresholds((await api.post(R_THRESHOLDS, { c: COUNTY_B }, planner)).body)).toEqual([NATIONAL_PRIMARY_CLASS]);

    const saved = await api.post(SAVE, { i: { regionCode: CITY, name: '永州市标准', overrides: JSON.stringify({ levels: { PRIMARY: { avgClassSizeMax: 40 } } }), expectedVersion: 0 } }, cityAdmin);
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.saveStandardSet).toMatchObject({ version: 1, name: '永州市标准', ownerRegionCode: CITY });
    expect(primaryClassThresholds((await api.post(R_THRESHOLDS, { c: COUNTY_B }, planner)).body)).toEqual([40]);

    await api.post(SAVE, { i: { regionCode: COUNTY_A, name: '甲县标准', overrides: JSON.stringify({ levels: { PRIMARY: { avgClassSizeMax: 42 } } }) } }, countyAdmin);
    expect(primaryClassThresholds((await api.post(R_THRESHOLDS, { c: COUNTY_A }, planner)).body)).toEqual([42]);
    expect(primaryClassThresholds((await api.post(R_THRESHOLDS, { c: COUNTY_B }, planner)).body)).toEqual([40]);
    const ofB = await api.post(SET, { r: COUNTY_B }, planner);
    expect(ofB.body.data!.standardSet).toMatchObject({ ownerRegionCode: CITY, name: '永州市标准' });

    const reset = await api.post(RESET, { r: COUNTY_A }, countyAdmin);
    expect(reset.body.data!.resetStandardSet).toEqual({ ownerRegionCode: CITY, name: '永州市标准' });
    expect(primaryClassThresholds((await api.post(R_THRESHOLDS, { c: COUNTY_A }, planner)).body)).toEqual([40]);
  });

  it("name each county's city, for choosing a city's set", async () => {
    const r = await api.post(`{ counties { code cityCode cityName } }`, {}, cityAdmin);
    expect(r.body.data!.counties).toEqual([
      { code: COUNTY_A, cityCode: CITY, cityName: '永州市' },
      { code: COUNTY_B, cityCode: CITY, cityName: '永州市' },
    ]);
  });

  it('bumps the data versions of the counties concerned and writes the audit log', async () => {
    const before = await dataVersions(api.db.dataSource, [COUNTY_A, COUNTY_B, COUNTY_C]);
    await api.post(SAVE, { i: { regionCode: COUNTY_A, name: '甲县标准', overrides: '{"rotation":{"distanceLimitKm":30}}' } }, countyAdmin);
    const after = await dataVersions(api.db.dataSource, [COUNTY_A, COUNTY_B, COUNTY_C]);
    expect(after.get(COUNTY_A)).toBe(before.get(COUNTY_A)! + 1);
    expect(after.get(COUNTY_B)).toBe(before.get(COUNTY_B));
    expect(after.get(COUNTY_C)).toBe(before.get(COUNTY_C));
    const [audit] = await api.db.dataSource.getRepository(AuditLogEntity).find({ where: { action: 'SAVE_STANDARD_SET', target: `standard-set:${COUNTY_A}` }, order: { id: 'DESC' }, take: 1 });
    expect(audit?.details).toMatchObject({ version: 1, overrides: { rotation: { distanceLimitKm: 30 } }, counties: [COUNTY_A] });
  });

  it('refuses a save based on an older version with CONFLICT, keeping the newer one', async () => {
    const first = { regionCode: COUNTY_A, name: '甲县标准', overrides: '{"rotation":{"distanceLimitKm":30}}', expectedVersion: 0 };
    expect((await api.post(SAVE, { i: first }, countyAdmin)).body.data!.saveStandardSet.version).toBe(1);
    const late = await api.post(SAVE, { i: { ...first, overrides: '{"rotation":{"distanceLimitKm":20}}' } }, countyAdmin);
    expect(late.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await api.post(SET, { r: COUNTY_A }, countyAdmin);
    expect(now.body.data!.standardSet).toMatchObject({ version: 1, rotation: { distanceLimitKm: 30 } });
  });

  it('names the field of bad input and stores nothing', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ overrides: '{"levels":{"PRIMARY":{"avgClassSize":40}}}' }, 'overrides', /levels\.PRIMARY\.avgClassSize/],
      [{ overrides: '{"rotation":{"backboneShareOfRotating":20}}' }, 'overrides', /between 0 and 1/],
      [{ overrides: 'not json' }, 'overrides', /JSON/],
      [{ name: '  ' }, 'name', /name/],
      [{ regionCode: '439999' }, 'regionCode', /Unknown region/],
    ];
    for (const [change, field, message] of cases) {
      const r = await api.post(SAVE, { i: { regionCode: COUNTY_A, name: '甲县标准', overrides: '{}', ...change } }, countyAdmin);
      expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.body.errors?.[0]?.message).toMatch(message);
    }
    expect(await api.db.dataSource.getRepository(StandardSetEntity).count()).toBe(0);
  });

  it('lets only administrators save, each inside their region', async () => {
    const input = { regionCode: COUNTY_A, name: '甲县标准', overrides: '{}' };
    const planner = await api.post(SAVE, { i: input }, await api.token('PLANNER', COUNTY_A));
    expect(planner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const upward = await api.post(SAVE, { i: { ...input, regionCode: CITY } }, countyAdmin);
    expect(upward.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sideways = await api.post(SAVE, { i: { ...input, regionCode: COUNTY_C } }, cityAdmin);
    expect(sideways.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = await api.post(SET, { r: COUNTY_C }, cityAdmin);
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.db.dataSource.getRepository(StandardSetEntity).count()).toBe(0);
  });

  describe('the retirement age schedule', () => {
    const RETIREMENT = `query($r:String){ standardSet(regionCode:$r){ overrides rotation { retirementAgeMale retirementAgeFemale retirementRule
      retirementMen { baseAge maxAge fromBirth monthsPerStep gradual rule } retirementWomen { baseAge maxAge fromBirth monthsPerStep gradual } } } }`;

    it('the national set rises gradually (NPC 2024): men 60 to 63 from births of 1965-01, women 55 to 58 from 1970-01', async () => {
      const r = await api.post(RETIREMENT, { r: COUNTY_A }, await api.token('VIEWER', COUNTY_A));
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.standardSet.rotation).toEqual({
        retirementAgeMale: 60, retirementAgeFemale: 55,
        retirementRule: '男：1965年1月以前出生的60周岁；此后出生的每4个月延迟1个月，1976年9月及以后出生的63周岁；女：1970年1月以前出生的55周岁；此后出生的每4个月延迟1个月，1981年9月及以后出生的58周岁',
        retirementMen: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4, gradual: true, rule: '1965年1月以前出生的60周岁；此后出生的每4个月延迟1个月，1976年9月及以后出生的63周岁' },
        retirementWomen: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4, gradual: true },
      });
    });

    it('a set stored before the rise with only flat ages loads as those ages with no rise, shown in today\'s shape', async () => {
      // written straight to the table, as a save of 2024 left it
      await api.db.dataSource.getRepository(StandardSetEntity).save({ regionCode: COUNTY_A, name: '甲县旧标准', overrides: { rotation: { retirementAge: { M: 60, F: 55 } } }, version: 3, updatedBy: 'admin' });
      const r = await api.post(RETIREMENT, { r: COUNTY_A }, countyAdmin);
      expect(r.body.errors).toBeUndefined();
      const set = r.body.data!.standardSet;
      expect(set.rotation).toMatchObject({
        retirementRule: '男：60周岁（不延迟）；女：55周岁（不延迟）',
        retirementMen: { baseAge: 60, maxAge: 60, fromBirth: '1965-01', monthsPerStep: 4, gradual: false },
        retirementWomen: { baseAge: 55, maxAge: 55, gradual: false },
      });
      expect(JSON.parse(set.overrides as string)).toEqual({ rotation: { retirement: { M: { baseAge: 60, maxAge: 60 }, F: { baseAge: 55, maxAge: 55 } } } });
    });

    it('saves a region\'s own schedule, and refuses a bad one naming the field in Chinese, storing nothing', async () => {
      const overrides = JSON.stringify({ rotation: { retirement: { F: { maxAge: 57, monthsPerStep: 6 }, M: { maxAge: 60 } } } });
      const saved = await api.post(SAVE, { i: { regionCode: COUNTY_A, name: '甲县标准', overrides } }, countyAdmin);
      expect(saved.body.errors).toBeUndefined();
      const r = await api.post(RETIREMENT, { r: COUNTY_A }, countyAdmin);
      expect(r.body.data!.standardSet.rotation).toMatchObject({
        retirementMen: { baseAge: 60, maxAge: 60, gradual: false },
        retirementWomen: { baseAge: 55, maxAge: 57, fromBirth: '1970-01', monthsPerStep: 6, gradual: true },
      });
      await api.db.dataSource.getRepository(StandardSetEntity).clear();
      const cases: Array<[object, RegExp]> = [
        [{ M: { maxAge: 59 } }, /rotation\.retirement\.M\.maxAge.*男教师退休年龄最高值（59）不能低于基准（60）/],
        [{ F: { fromBirth: '1970年1月' } }, /rotation\.retirement\.F\.fromBirth.*女教师起始出生年月须写成 YYYY-MM/],
        [{ M: { monthsPerStep: 0 } }, /rotation\.retirement\.M\.monthsPerStep/],
      ];
      for (const [retirement, message] of cases) {
        const bad = await api.post(SAVE, { i: { regionCode: COUNTY_A, name: '甲县标准', overrides: JSON.stringify({ rotation: { retirement } }) } }, countyAdmin);
        expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides' });
        expect(bad.body.errors?.[0]?.message).toMatch(message);
      }
      expect(await api.db.dataSource.getRepository(StandardSetEntity).count()).toBe(0);
    });

    it('a save in the old flat shape is stored in today\'s shape', async () => {
      const saved = await api.post(SAVE, { i: { regionCode: COUNTY_A, name: '甲县标准', overrides: '{"rotation":{"retirementAge":{"F":56}}}' } }, countyAdmin);
      expect(saved.body.errors).toBeUndefined();
      const row = await api.db.dataSource.getRepository(StandardSetEntity).findOneByOrFail({ regionCode: COUNTY_A });
      expect(row.overrides).toEqual({ rotation: { retirement: { F: { baseAge: 56, maxAge: 56 } } } });
    });
  });
});
