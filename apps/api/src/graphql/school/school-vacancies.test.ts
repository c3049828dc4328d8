import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A, fixtureRegion } from '../../test-support/fixture-region';
import { planRotation, storeSolvedPlan } from '../../test-support/stored-plan';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { closeForApply } from '../../test-support/walk-to-closed';

const [S1, S2, S3] = ['4311010001', '4311010002', '4311010003'];
// An ACTIVE primary teacher of S1: a plan rotates them to S3.
const T1 = fixtureRegion().teachers.find((t) => t.schoolCode === S1 && t.status === 'ACTIVE' && t.level === 'PRIMARY')!.staffNo;

const VACANCIES = /* GraphQL */ `
  query($code: String!) { school(code: $code) { quota vacancies sections { level teacherCount } } }
`;

let api: TestApi;
let hr: string;

interface Seen { quota: number; vacancies: number; primaryTeachers: number }

async function seen(code: string): Promise<Seen> {
  const res = await api.post(VACANCIES, { code }, hr);
  expect(res.body.errors).toBeUndefined();
  const school = res.body.data!.school;
  const primary = school.sections.find((s: { level: string }) => s.level === 'PRIMARY');
  return { quota: school.quota, vacancies: school.vacancies, primaryTeachers: primary.teacherCount };
}

beforeAll(async () => {
  api = await startTestApi();
  hr = await api.token('HR', COUNTY_A);
  // Two posts free at each school, so that a post counted at the wrong school would show (a vacancy of 0
  // could hide a teacher too many).
  await api.db.dataSource.query(
    `UPDATE staffing_quota q SET posts = 2 + (SELECT count(*) FROM teacher t WHERE t.school_code = q.school_code AND t.status IN ('ACTIVE', 'LEAVE'))
      WHERE q.school_code = ANY($1)`,
    [[S1, S3]],
  );
});
afterAll(async () => api?.close());

describe('School.vacancies after a rotation is applied', () => {
  it('keeps the post at the home school: vacancies unchanged at both schools, teachers counted where they teach', async () => {
    const home = await seen(S1);
    const receiving = await seen(S3);
    expect(home.vacancies).toBe(2);
    expect(receiving.vacancies).toBe(2);

    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '轮岗', [planRotation(T1, S1, S3)]);
    await closeForApply(api, id, COUNTY_A);
    const res = await api.post('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id }, hr);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.applyScenario.status).toBe('APPLIED');

    // The teacher moved (the indicators count them at S3 now) but their post stays at S1 (rotations use
    // no vacancy): S1 does not gain a vacancy it could hire into, S3 does not lose one.
    expect(await seen(S1)).toEqual({ ...home, primaryTeachers: home.primaryTeachers - 1 });
    expect(await seen(S3)).toEqual({ ...receiving, primaryTeachers: receiving.primaryTeachers + 1 });

    // Sorting by vacancies (in SQL) counts posts the same way.
    const sorted = await api.post(
      'query($county: String) { schools(countyCode: $county, first: 500, orderBy: { field: VACANCIES, direction: DESC }) { nodes { code vacancies } } }',
      { county: COUNTY_A },
      hr,
    );
    expect(sorted.body.errors).toBeUndefined();
    const nodes: Array<{ code: string; vacancies: number }> = sorted.body.data!.schools.nodes;
    const byValue = [...nodes].sort((a, b) => b.vacancies - a.vacancies || (a.code < b.code ? -1 : 1));
    expect(nodes.map((n) => n.code)).toEqual(byValue.map((n) => n.code));
    expect(nodes.find((n) => n.code === S1)?.vacancies).toBe(2);
  });

  it('keeps the first home school when a teacher is rotated on, and clears it when they rotate back home', async () => {
    const row = async () =>
      (await api.db.dataSource.query(`SELECT school_code, home_school_code, rotation_end FROM teacher WHERE staff_no = $1`, [T1]))[0] as Record<string, string | null>;
    const apply = async (from: string, to: string) => {
      const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, `${from}->${to}`, [planRotation(T1, from, to, { startDate: '2029-09-01' })]);
      await closeForApply(api, id, COUNTY_A);
      const res = await api.post('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id }, hr);
      expect(res.body.errors).toBeUndefined();
    };
    expect(await row()).toMatchObject({ school_code: S3, home_school_code: S1 });
    await apply(S3, S2);
    expect(await row()).toEqual({ school_code: S2, home_school_code: S1, rotation_end: '2032-09-01' });
    await apply(S2, S1);
    expect(await row()).toEqual({ school_code: S1, home_school_code: null, rotation_end: null });
  });
});
