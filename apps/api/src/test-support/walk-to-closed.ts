import type { TestApi } from './test-api';

type Post = (query: string, variables: Record<string, unknown>, token: string) => Promise<{ body: { data?: Record<string, any> | null; errors?: unknown[] } }>;

const STEPS = [
  ['planner', 'mutation($id: ID!) { submitScenario(id: $id) { status } }'],
  ['admin', 'mutation($id: ID!) { approveScenario(id: $id) { status } }'],
  ['hr', 'mutation($id: ID!) { publishScenario(id: $id) { status } }'],
  ['hr', 'mutation($id: ID!) { closeScenarioNotice(id: $id) { status } }'],
] as const;

/**
 * Walks a SOLVED scenario to CLOSED through the API, as the bureau does before HR may apply it: the
 * planner submits, ADMIN approves, HR publishes with the region's window set to 0 working days and closes.
 */
export async function walkToClosed(post: Post, id: string, tokens: { planner: string; admin: string; hr: string }, regionCode: string): Promise<void> {
  const window = await post('mutation($r: String!) { setNoticeWindowDays(regionCode: $r, days: 0) { workingDays } }', { r: regionCode }, tokens.admin);
  if (window.body.errors) throw new Error(`setNoticeWindowDays: ${JSON.stringify(window.body.errors)}`);
  for (const [who, mutation] of STEPS) {
    const r = await post(mutation, { id }, tokens[who]);
    if (r.body.errors) throw new Error(`${mutation}: ${JSON.stringify(r.body.errors)}`);
  }
}

/** `walkToClosed` on a test API, with users 901-903 of the county. */
export async function closeForApply(api: TestApi, id: string, countyCode: string): Promise<void> {
  const tokens = { planner: await api.token('PLANNER', countyCode, 901), admin: await api.token('ADMIN', countyCode, 902), hr: await api.token('HR', countyCode, 903) };
  await walkToClosed((q, v, t) => api.post(q, v, t), id, tokens, countyCode);
}
