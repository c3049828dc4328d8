import { ScenarioEntity } from '@junheng/db';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { forbidden, notFound } from '../../errors/app-error';
import type { Role } from '../../auth/role';

export const SCENARIO_READERS: readonly Role[] = ['PLANNER', 'HR', 'ADMIN'];
export const SCENARIO_EDITORS: readonly Role[] = ['PLANNER', 'ADMIN'];
export const PLAN_APPLIERS: readonly Role[] = ['HR', 'ADMIN'];

export function requireRole(ctx: RequestContext, roles: readonly Role[]): void {
  if (!roles.includes(requireViewer(ctx).role)) throw forbidden();
}

/** A scenario of a county in the viewer's region; outside it answers as if it did not exist. */
export async function findScenarioInScope(ctx: RequestContext, id: string): Promise<ScenarioEntity | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const row = await ctx.dataSource.getRepository(ScenarioEntity).findOneBy({ id });
  if (!row) return null;
  return (await ctx.scope()).includes(row.countyCode) ? row : null;
}

export async function requireScenario(ctx: RequestContext, id: string): Promise<ScenarioEntity> {
  const row = await findScenarioInScope(ctx, id);
  if (!row) throw notFound(`Scenario ${id}`);
  return row;
}

export async function requireCountyInScope(ctx: RequestContext, countyCode: string): Promise<void> {
  if (!(await ctx.scope()).includes(countyCode)) throw notFound(`County ${countyCode}`);
}
