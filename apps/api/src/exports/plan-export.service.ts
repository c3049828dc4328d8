import { AuditLogEntity, decodeStoredPlan, loadRegionData, PlanEntity, ScenarioEntity } from '@junheng/db';
import { type MultiYearPlan, planOfYear, PlanYearNotInPlanError } from '@junheng/domain';
import { listFile, type ListFile, type ListFormat, type ListName } from '@junheng/export';
import type { DataSource } from 'typeorm';
import { loadRegionScope } from '../auth/region-scope';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../errors/app-error';

export type ExportList = ListName;
export type ExportFormat = ListFormat;

/** The `year` query parameter of an export: absent (the plan's first year) or a whole number, else BAD_USER_INPUT. */
export function exportYear(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw)) throw badInput('year', `年份无效：「${String(raw)}」，应为四位数的学年，如 2028（year must be a school year such as 2028）`);
  return Number(raw);
}

/**
 * HR's lists of a solved or applied scenario, as files; every export is written to the audit log. A
 * multi-year plan's lists are per year: `year` (default the first) picks it; a year the plan does not
 * span is BAD_USER_INPUT naming the plan's years.
 */
export async function exportPlanList(ds: DataSource, viewer: Viewer, scenarioId: string, list: ExportList, format: ExportFormat, year?: number): Promise<ListFile> {
  if (viewer.role !== 'HR' && viewer.role !== 'ADMIN') throw forbidden('Only HR and ADMIN export lists (仅人事股和管理员可导出名单)');
  if (!/^[0-9a-f-]{36}$/i.test(scenarioId)) throw notFound(`Scenario ${scenarioId}`);
  const scenario = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  if (!scenario || !(await loadRegionScope(ds, viewer.regionCode)).includes(scenario.countyCode)) throw notFound(`Scenario ${scenarioId}`);
  const planRow = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  if (!planRow) throw badInput('id', 'The scenario has no plan yet (方案尚未求解)');
  const stored = decodeStoredPlan(planRow.body);
  let plan;
  try {
    plan = planOfYear(stored.plan, stored.multiYear as MultiYearPlan | undefined, year).plan;
  } catch (error) {
    if (error instanceof PlanYearNotInPlanError) throw badInput('year', error.message);
    throw error;
  }
  const region = await loadRegionData(ds, [scenario.countyCode]);
  const meta = { countyName: region.counties[0]?.name ?? scenario.countyCode, year: plan.year, scenarioName: scenario.name };
  const file = await listFile(list, format, plan, region, meta);
  await ds.getRepository(AuditLogEntity).insert({
    username: viewer.username, action: 'EXPORT_LIST', countyCode: scenario.countyCode, target: scenarioId,
    details: { list, format, rows: file.rows, year: plan.year },
  });
  return file;
}
