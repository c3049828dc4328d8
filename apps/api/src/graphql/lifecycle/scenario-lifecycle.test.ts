import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNTY_CODE, generateDemoCounty, queueScenarioRun, TeacherEntity } from '@junheng/db';
import { rotationChanges, type PlanRotation } from '@junheng/domain';
import { runScenarioJob } from '@junheng/jobs';
import { startTestApi, type TestApi } from '../../test-support/test-api';

/**
 * The bureau's whole path through the API on a generated county and the real solver: the planner
 * submits, ADMIN approves, HR publishes, an objection is upheld (re-solve, supplementary notice), the
 * window ends, the notice closes, HR applies. And the public notice page, attacked.
 */
const COUNTY = DEMO_COUNTY_CODE;
let api: TestApi;
let planner: string;
let admin: string;
let hr: string;
let id: string;

const PLAN = 'plan { rotations { staffNo fromSchool { code } toSchool { code } } }';

async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any>> {
  const res = await api.post(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

async function errorOf(query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any>> {
  const res = await api.post(query, variables, token);
  expect(res.body.errors, query).toBeDefined();
  return { message: res.body.errors![0]!.message, ...res.body.errors![0]!.extensions };
}

const rotationsOf = (data: Record<string, any>): PlanRotation[] =>
  data.scenario.plan.rotations.map((r: any) => ({ staffNo: r.staffNo, fromSchool: r.fromSchool.code, toSchool: r.toSchool.code }));

const notice = (token: string) => fetch(`${api.url.replace(/graphql$/, '')}public/notice/${encodeURIComponent(token)}`);

beforeAll(async () => {
  api = await startTestApi({ data: generateDemoCounty({ seed: 3, schools: 30, year: 2027 }), env: { PLAN_YEAR: '2027', NODE_ENV: 'production' } });
  planner = await api.token('PLANNER', COUNTY, 11);
  admin = await api.token('ADMIN', COUNTY, 12);
  hr = await api.token('HR', COUNTY, 13);
  const created = await ok(`mutation { createScenario(input: { countyCode: "${COUNTY}", name: "公示测试", timeLimitSeconds: 20, allowBudgetOverrun: true }) { id status } }`, {}, planner);
  id = created.createScenario.id;
  await queueScenarioRun(api.db.dataSource, id, { username: 'planner' });
  expect(await runScenarioJob(api.db.dataSource, id, { attempt: 1 })).toBe('STORED');
}, 180_000);

afterAll(async () => api?.close());

describe('the scenario lifecycle through the API', () => {
  let token: string;
  let before: PlanRotation[];

  it('submit (PLANNER) and approve (ADMIN); a wrong role is FORBIDDEN, a wrong state ILLEGAL_TRANSITION naming the states', async () => {
    expect((await errorOf('mutation($id: ID!) { submitScenario(id: $id) { status } }', { id }, hr)).code).toBe('FORBIDDEN');
    const solved = await ok('query($id: ID!) { scenario(id: $id) { status availableActions } }', { id }, planner);
    expect(solved.scenario).toEqual({ status: 'SOLVED', availableActions: ['SUBMIT'] });
    expect((await ok('mutation($id: ID!) { submitScenario(id: $id, comment: "请审批") { status } }', { id }, planner)).submitScenario.status).toBe('SUBMITTED');
    expect(await errorOf('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id }, hr)).toMatchObject({
      code: 'ILLEGAL_TRANSITION', from: 'SUBMITTED', operation: 'apply', allowed: ['CLOSED'],
    });
    expect((await errorOf('mutation($id: ID!) { rejectScenario(id: $id, comment: " ") { status } }', { id }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await ok('mutation($id: ID!) { approveScenario(id: $id) { status } }', { id }, admin)).approveScenario.status).toBe('APPROVED');
    expect((await errorOf('mutation($id: ID!) { updateScenario(id: $id, input: { budgetCap: 1 }) { status } }', { id }, planner)).code).toBe('ILLEGAL_TRANSITION');
  });

  it('HR publishes with the region\'s window (5 working days by default)', async () => {
    expect((await errorOf(`mutation { setNoticeWindowDays(regionCode: "${COUNTY}", days: 61) { workingDays } }`, {}, admin)).code).toBe('BAD_USER_INPUT');
    expect((await errorOf(`mutation { setNoticeWindowDays(regionCode: "${COUNTY}", days: 3) { workingDays } }`, {}, hr)).code).toBe('FORBIDDEN');
    const settings = await ok(`query { noticeSettings(regionCode: "${COUNTY}") { workingDays ownWorkingDays holidays { date } } }`, {}, hr);
    expect(settings.noticeSettings).toEqual({ workingDays: 5, ownWorkingDays: null, holidays: [] });
    const published = await ok(`mutation($id: ID!) { publishScenario(id: $id) { status noticeWindow { workingDays remainingWorkingDays open publicPath endsAt } ${PLAN} } }`, { id }, hr);
    const window = published.publishScenario.noticeWindow;
    expect(window).toMatchObject({ workingDays: 5, remainingWorkingDays: 5, open: true });
    expect(window.publicPath).toMatch(/^\/notice\/[A-Za-z0-9_-]{32}$/);
    token = window.publicPath.slice('/notice/'.length);
    before = rotationsOf({ scenario: published.publishScenario });
    expect(before.length).toBeGreaterThan(1);
    const forPlanner = await ok('query($id: ID!) { scenario(id: $id) { noticeWindow { publicPath } availableActions } }', { id }, planner);
    expect(forPlanner.scenario).toEqual({ noticeWindow: { publicPath: null }, availableActions: [] });
  });

  it('the public notice shows names, schools and subjects of this plan only, never an ID number; bad tokens get 404', async () => {
    const res = await notice(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.lines).toHaveLength(before.length);
    expect(Object.keys(body.lines[0]).sort()).toEqual(['fromSchool', 'name', 'points', 'subject', 'toSchool']);
    const teachers = await api.db.dataSource.getRepository(TeacherEntity).find({ select: { staffNo: true, name: true, idNumber: true } });
    expect(teachers.filter((t) => text.includes(t.idNumber))).toEqual([]);
    expect(teachers.filter((t) => text.includes(`"${t.staffNo}"`))).toEqual([]);
    const names = new Set(before.map((r) => teachers.find((t) => t.staffNo === r.staffNo)!.name));
    expect(body.lines.every((l: { name: string }) => names.has(l.name))).toBe(true);
    for (const wrong of ['x'.repeat(32), token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), '../graphql', `${token}x`, id]) {
      const r = await notice(wrong);
      expect(r.status, wrong).toBe(404);
      expect(await r.text()).not.toMatch(/rotations|staffNo|idNumber/);
    }
    // Nothing else is open without a login.
    const anon = await api.post('query($id: ID!) { scenario(id: $id) { name } }', { id });
    expect(anon.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('HR records an objection; the notice cannot close while the window is open', async () => {
    const objector = before[0]!.staffNo;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await errorOf('mutation($id: ID!, $d: String!) { recordObjection(scenarioId: $id, input: { staffNo: "NOBODY", text: "x", receivedOn: $d }) { id } }', { id, d: today }, hr)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffNo' });
    expect((await errorOf('mutation($id: ID!, $s: String!) { recordObjection(scenarioId: $id, input: { staffNo: $s, text: "x", receivedOn: "2020-01-01" }) { id } }', { id, s: objector }, hr)).message)
      .toMatch(/早于公示日期/);
    expect((await errorOf('mutation($id: ID!, $s: String!) { recordObjection(scenarioId: $id, input: { staffNo: $s, text: "x", receivedOn: "2999-01-01" }) { id } }', { id, s: objector }, hr)).field)
      .toBe('receivedOn');
    const recorded = await ok(
      'mutation($id: ID!, $s: String!, $d: String!) { recordObjection(scenarioId: $id, input: { staffNo: $s, text: "家中老人需要照顾", evidenceFileName: "诊断证明.pdf", receivedOn: $d }) { id staffNo teacherName decision } }',
      { id, s: objector, d: today }, hr,
    );
    expect(recorded.recordObjection).toMatchObject({ staffNo: objector, decision: null });
    expect(recorded.recordObjection.teacherName).toBeTruthy();
    expect((await errorOf('mutation($id: ID!) { closeScenarioNotice(id: $id) { status } }', { id }, hr)).message).toMatch(/公示期未结束/);
  });

  it('ADMIN upholds it: the teacher is off the plan, the supplementary notice lists exactly the changed lines', async () => {
    const objection = (await ok('query($id: ID!) { scenario(id: $id) { objections { id } } }', { id }, admin)).scenario.objections[0].id;
    expect((await errorOf('mutation($id: ID!, $o: ID!) { decideObjection(scenarioId: $id, objectionId: $o, input: { decision: UPHELD, reason: "x" }) { id } }', { id, o: objection }, hr)).code)
      .toBe('FORBIDDEN');
    const decided = await ok(
      'mutation($id: ID!, $o: ID!) { decideObjection(scenarioId: $id, objectionId: $o, input: { decision: UPHELD, reason: "情况属实" }) { decision decidedBy supplement { change staffNo } } }',
      { id, o: objection }, admin,
    );
    expect(decided.decideObjection.decision).toBe('UPHELD');
    const after = rotationsOf(await ok(`query($id: ID!) { scenario(id: $id) { status ${PLAN} } }`, { id }, admin));
    expect(after.some((r) => r.staffNo === before[0]!.staffNo)).toBe(false);
    const expected = rotationChanges(before, after);
    expect(expected.length).toBeGreaterThan(0);
    const supplement = (await ok('query($id: ID!) { scenario(id: $id) { supplementaryNotice { change staffNo before { fromSchool } after { toSchool } } } }', { id }, hr))
      .scenario.supplementaryNotice;
    expect(supplement.map((l: any) => [l.change, l.staffNo, l.before?.fromSchool ?? null, l.after?.toSchool ?? null]))
      .toEqual(expected.map((l) => [l.change, l.staffNo, l.before?.fromSchool ?? null, l.after?.toSchool ?? null]));
    expect(supplement).toContainEqual(expect.objectContaining({ change: 'REMOVED', staffNo: before[0]!.staffNo }));
    console.log(`[lifecycle] published ${before.length} rotations; the upheld objection changed ${expected.length} line(s)`);
    const body = (await (await notice(token)).json()) as { lines: unknown[]; supplement: unknown[] };
    expect(body.lines).toHaveLength(after.length);
    expect(body.supplement).toHaveLength(expected.length);
    expect((await errorOf('mutation($id: ID!, $o: ID!) { decideObjection(scenarioId: $id, objectionId: $o, input: { decision: DISMISSED, reason: "x" }) { id } }', { id, o: objection }, admin)).code)
      .toBe('CONFLICT');
  }, 180_000);

  it('when the window ends the public page stops and HR closes the notice; HR applies; every step is in the history', async () => {
    // The window's end, brought forward (a test clock for the stored end).
    await api.db.dataSource.query(`UPDATE scenario SET notice_ends_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await notice(token)).status).toBe(404);
    const read = await ok('query($id: ID!) { scenario(id: $id) { status availableActions noticeWindow { open remainingWorkingDays } } }', { id }, hr);
    expect(read.scenario).toEqual({ status: 'PUBLISHED', availableActions: ['RECORD_OBJECTION', 'CLOSE'], noticeWindow: { open: false, remainingWorkingDays: 0 } });
    expect((await ok('mutation($id: ID!) { closeScenarioNotice(id: $id) { status availableActions } }', { id }, hr)).closeScenarioNotice)
      .toEqual({ status: 'CLOSED', availableActions: ['APPLY'] });
    expect((await ok('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id }, hr)).applyScenario.status).toBe('APPLIED');
    const history = (await ok('query($id: ID!) { scenario(id: $id) { history { operation fromStatus toStatus username reason } } }', { id }, planner)).scenario.history;
    expect(history.map((h: any) => h.operation)).toEqual(['create', 'queue', 'claim', 'store', 'submit', 'approve', 'publish', 'object', 'decide', 'close', 'apply']);
    expect(history.find((h: any) => h.operation === 'decide')).toMatchObject({ username: 'admin-' + COUNTY, reason: '情况属实' });
    expect(history.find((h: any) => h.operation === 'close')).toMatchObject({ fromStatus: 'PUBLISHED', toStatus: 'CLOSED', username: 'hr-' + COUNTY });
  });

  it('ADMIN keeps the region\'s holidays', async () => {
    const added = await ok(`mutation { addRegionHoliday(regionCode: "${COUNTY}", input: { date: "2027-10-01", name: "国庆节" }) { holidays { regionCode date name } } }`, {}, admin);
    expect(added.addRegionHoliday.holidays).toEqual([{ regionCode: COUNTY, date: '2027-10-01', name: '国庆节' }]);
    expect((await errorOf(`mutation { addRegionHoliday(regionCode: "${COUNTY}", input: { date: "2027-02-30", name: "x" }) { workingDays } }`, {}, admin)).code).toBe('BAD_USER_INPUT');
    expect((await errorOf(`mutation { addRegionHoliday(regionCode: "431201", input: { date: "2027-10-02", name: "x" }) { workingDays } }`, {}, admin)).code).toBe('NOT_FOUND');
    const removed = await ok(`mutation { removeRegionHoliday(regionCode: "${COUNTY}", date: "2027-10-01") { holidays { date } } }`, {}, admin);
    expect(removed.removeRegionHoliday.holidays).toEqual([]);
  });
});
