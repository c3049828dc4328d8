import { AuditLogEntity, decodeStoredPlan, loadRegionData, PlanEntity, ScenarioEntity } from '@junheng/db';
import { listFile, type ListFile, type ListFormat, type ListName } from '@junheng/export';
import type { DataSource } from 'typeorm';
import { loadRegionScope } from '../auth/region-scope';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../errors/app-error';

export type ExportList = ListName;
export type ExportFormat = ListFormat;

/** HR's lists of a solved or applied scenario, as files; every export is written to the audit log. */
export async function exportPlanList(ds: DataSource, viewer: Viewer, scenarioId: string, list: ExportList, format: ExportFormat): Promise<ListFile> {
  if (viewer.role !== 'HR' && viewer.role !== 'ADMIN') throw forbidden('Only HR and ADMIN export lists (仅人事股和管理员可导出名单)');
  if (!/^[0-9a-f-]{36}$/i.test(scenarioId)) throw notFound(`Scenario ${scenarioId}`);
  const scenario = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  if (!scenario || !(await loadRegionScope(ds, viewer.regionCode)).includes(scenario.countyCode)) throw notFound(`Scenario ${scenarioId}`);
  const planRow = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  if (!planRow) throw badInput('id', 'The scenario has no plan yet (方案尚未求解)');
  const { plan } = decodeStoredPlan(planRow.body);
  const region = await loadRegionData(ds, [scenario.countyCode]);
  const meta = { countyName: region.counties[0]?.name ?? scenario.countyCode, year: scenario.year, scenarioName: scenario.name };
  const file = await listFile(list, format, plan, region, meta);
  await ds.getRepository(AuditLogEntity).insert({
    username: viewer.username, action: 'EXPORT_LIST', countyCode: scenario.countyCode, target: scenarioId,
    details: { list, format, rows: file.rows },
  });
  return file;
}
