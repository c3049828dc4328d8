import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.token('VIEWER', COUNTY_A);
});
afterAll(async () => api.close());

async function search(text: string): Promise<string[]> {
  const res = await api.post('query($f: SchoolFilter) { schools(countyCode: "431101", filter: $f, first: 50) { edges { node { code name } } } }', { f: { search: text } }, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.schools.edges.map((e: { node: { name: string } }) => e.node.name);
}

describe('school search', () => {
  it('finds schools by part of the name or code, in the region only', async () => {
    expect(await search('第2学校')).toEqual(['甲县第2学校']);
    expect(await search('4311010003')).toEqual(['甲县第3学校']);
    expect(await search('乙县')).toEqual([]);
  });

  it('treats % and _ as plain text', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });
});
