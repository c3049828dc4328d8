import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RegionEntity, RegionHolidayEntity, ScenarioHistoryEntity, ScenarioObjectionEntity } from '../entities';
import { createTestDatabase, type TestDatabase } from '../testing';
import { replaceRegionData } from '../region-data-writer';
import { smallRegion } from '../test-support/small-region';
import { dataFingerprint } from '../data-fingerprint';
import {
  canTransition, claimScenarioRun, closeNotice, createScenario, decideObjection, IllegalTransitionError, publishNotice, queueScenarioRun,
  recordObjection, scenarioParametersOf, SCENARIO_STATUSES, SCENARIO_TRANSITIONS, ScenarioRuleError, storePlanOnce, transition,
} from './index';

const COUNTY = '431101';
const planner = { username: 'planner1' };
const admin = { username: 'admin1' };
const hr = { username: 'hr1' };
const rotation = (staffNo: string) => ({
  staffNo, fromSchool: '2143110001', toSchool: '2143110002', level: 'PRIMARY' as const, reason: 'Q1', indicator: 'Q1', startDate: '2026-09-01', termYears: 3, distanceKm: 4,
});
const plan = {
  county: COUNTY, year: 2026, backend: 'test', status: 'OPTIMAL', gap: 0, cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
  rotations: [rotation('T001')], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
} as never;

describe('the scenario lifecycle', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await replaceRegionData(db.dataSource, smallRegion());
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.dataSource.getRepository(RegionEntity).update({ code: COUNTY }, { noticeWindowDays: null });
    await db.dataSource.getRepository(RegionEntity).update({ code: '431100' }, { noticeWindowDays: null });
  });

  async function solved(): Promise<string> {
    const row = await createScenario(db.dataSource, { countyCode: COUNTY, year: 2026, name: '方案', parameters: {}, createdBy: 'planner1' }, planner);
    await queueScenarioRun(db.dataSource, row.id, planner);
    expect(await claimScenarioRun(db.dataSource, row.id, 1)).toBe(true);
    expect(await storePlanOnce(db.dataSource, row.id, await dataFingerprint(db.dataSource, COUNTY), { plan })).toBe(true);
    return row.id;
  }

  it('every status is reachable and every operation names where it may start', () => {
    const reached = new Set<string>(Object.values(SCENARIO_TRANSITIONS).map((t) => t.to));
    expect([...SCENARIO_STATUSES].filter((s) => !reached.has(s))).toEqual([]);
    expect(canTransition('SOLVED', 'apply')).toBe(false);
    expect(canTransition('CLOSED', 'apply')).toBe(true);
    expect(canTransition('APPROVED', 'withdraw')).toBe(true);
    expect(canTransition('PUBLISHED', 'withdraw')).toBe(false);
  });

  it('walks solved → submitted → approved → published → closed → applied, each step in the history with who and why', async () => {
    const id = await solved();
    await transition(db.dataSource, id, 'submit', planner);
    await transition(db.dataSource, id, 'approve', admin, { reason: '同意' });
    await db.dataSource.getRepository(RegionEntity).update({ code: COUNTY }, { noticeWindowDays: 0 });
    const published = await publishNotice(db.dataSource, id, hr);
    expect(published.status).toBe('PUBLISHED');
    expect(published.noticeToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(published.noticeEndsAt!.getTime()).toBe(published.publishedAt!.getTime());
    expect((await closeNotice(db.dataSource, id, hr, { strict: true }))!.status).toBe('CLOSED');
    expect((await transition(db.dataSource, id, 'apply', hr)).status).toBe('APPLIED');
    const history = await db.dataSource.getRepository(ScenarioHistoryEntity).find({ where: { scenarioId: id }, order: { id: 'ASC' } });
    expect(history.map((h) => [h.operation, h.fromStatus, h.toStatus, h.username])).toEqual([
      ['create', null, 'DRAFT', 'planner1'], ['queue', 'DRAFT', 'QUEUED', 'planner1'], ['claim', 'QUEUED', 'RUNNING', null],
      ['store', 'RUNNING', 'SOLVED', null], ['submit', 'SOLVED', 'SUBMITTED', 'planner1'], ['approve', 'SUBMITTED', 'APPROVED', 'admin1'],
      ['publish', 'APPROVED', 'PUBLISHED', 'hr1'], ['close', 'PUBLISHED', 'CLOSED', 'hr1'], ['apply', 'CLOSED', 'APPLIED', 'hr1'],
    ]);
    expect(history[5]!.reason).toBe('同意');
    expect(scenarioParametersOf({ countyCode: COUNTY, year: 2026, parameters: { version: 1 } }).countyCodes).toEqual([COUNTY]);
  });

  it('refuses an illegal transition with the states, and changes nothing', async () => {
    const id = await solved();
    const error = await transition(db.dataSource, id, 'apply', hr).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'SOLVED', operation: 'apply', allowed: ['CLOSED'] });
    expect((error as Error).message).toMatch(/已求解/);
    const history = await db.dataSource.getRepository(ScenarioHistoryEntity).countBy({ scenarioId: id });
    expect(history).toBe(4);
  });

  it('a window of the region\'s working days, skipping its holidays and its city\'s; closing waits for the window and the objections', async () => {
    const id = await solved();
    await transition(db.dataSource, id, 'submit', planner);
    await transition(db.dataSource, id, 'approve', admin);
    await db.dataSource.getRepository(RegionEntity).update({ code: '431100' }, { noticeWindowDays: 3 });
    await db.dataSource.getRepository(RegionHolidayEntity).save({ regionCode: '431100', date: '2026-12-07', name: '测试假日' });
    // Thursday 2026-12-03 10:00 CST: Fri 4th, (Mon 7th holiday), Tue 8th, Wed 9th → ends 2026-12-10 00:00 CST.
    const published = await publishNotice(db.dataSource, id, hr, new Date('2026-12-03T02:00:00Z'));
    expect(published.noticeWorkingDays).toBe(3);
    expect(published.noticeEndsAt!.toISOString()).toBe('2026-12-09T16:00:00.000Z');
    const objection = await recordObjection(db.dataSource, id, { staffNo: 'T001', text: '家中老人需照顾', evidenceFileName: '证明.pdf', receivedOn: '2026-12-04' }, hr);
    await expect(recordObjection(db.dataSource, id, { staffNo: 'NOBODY', text: 'x', evidenceFileName: null, receivedOn: '2026-12-04' }, hr))
      .rejects.toThrow(ScenarioRuleError);
    const during = new Date('2026-12-08T02:00:00Z');
    await expect(closeNotice(db.dataSource, id, hr, { now: during, strict: true })).rejects.toThrow(/公示期未结束/);
    const after = new Date('2026-12-10T02:00:00Z');
    await expect(closeNotice(db.dataSource, id, hr, { now: after, strict: true })).rejects.toThrow(/异议未处理/);
    expect(await closeNotice(db.dataSource, id, hr, { now: after })).toBeNull();
    // An upheld decision re-solved from parameters another decision changed meanwhile is refused, changing nothing.
    const stale = { body: { plan }, fingerprint: 'x', parameters: { version: 1, excludedStaffNos: ['T001'] }, supplement: [], basedOn: { version: 1, other: true } };
    await expect(decideObjection(db.dataSource, id, objection.id, 'UPHELD', '成立', admin, stale)).rejects.toThrow(/decide it again/);
    expect((await db.dataSource.getRepository(ScenarioObjectionEntity).findOneByOrFail({ id: objection.id })).decision).toBeNull();
    await decideObjection(db.dataSource, id, objection.id, 'DISMISSED', '理由不成立', admin, null);
    await expect(decideObjection(db.dataSource, id, objection.id, 'UPHELD', '再议', admin, null)).rejects.toThrow(/already decided/);
    expect((await db.dataSource.getRepository(ScenarioObjectionEntity).findOneByOrFail({ id: objection.id })).decidedBy).toBe('admin1');
    expect((await closeNotice(db.dataSource, id, hr, { now: after }))!.status).toBe('CLOSED');
  });
});
