import { AuditLogEntity, loadRegionData, PlanEntity, ScenarioEntity } from '@junheng/db';
import type { Plan } from '@junheng/domain';
import { hiringList, rotationList, writeCsv, writeXlsx, type HrList } from '@junheng/export';
import type { DataSource } from 'typeorm';
import { loadRegionScope } from '../auth/region-scope';
import type { Viewer } from '../auth/viewer';
import { AppError, badInput, forbidden, notFound } from '../errors/app-error';

export type ExportList = 'rotations' | 'hires';
export type ExportFormat = 'xlsx' | 'csv';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

function writeList(list: HrList<unknown>, format: ExportFormat): Promise<Buffer> {
  return format === 'xlsx' ? writeXlsx(list) : Promise.resolve(writeCsv(list));
}

/** HR's lists of a solved or applied scenario, as files; every export is written to the audit log. */
export async function exportPlanList(ds: DataSource, viewer: Viewer, scenarioId: string, list: ExportList, format: ExportFormat): Promise<ExportFile> {
  if (viewer.role !== 'HR' && viewer.role !== 'ADMIN') throw forbidden('Only HR and ADMIN export lists (仅人事股和管理员可导出名单)');
  if (!/^[0-9a-f-]{36}$/i.test(scenarioId)) throw notFound(`Scenario ${scenarioId}`);
  const scenario = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  if (!scenario || !(await loadRegionScope(ds, viewer.regionCode)).includes(scenario.countyCode)) throw notFound(`Scenario ${scenarioId}`);
  const planRow = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  if (!planRow) throw badInput('id', 'The scenario has no plan yet (方案尚未求解)');
  const plan = (planRow.body as unknown as { plan: Plan }).plan;
  const region = await loadRegionData(ds, [scenario.countyCode]);
  const meta = { countyName: region.counties[0]?.name ?? scenario.countyCode, year: scenario.year, scenarioName: scenario.name };
  const hrList = list === 'rotations' ? rotationList(plan, region, meta) : hiringList(plan, region, meta);
  const body = await writeList(hrList as HrList<unknown>, format);
  await ds.getRepository(AuditLogEntity).insert({
    username: viewer.username, action: 'EXPORT_LIST', countyCode: scenario.countyCode, target: scenarioId,
    details: { list, format, rows: hrList.rows.length },
  });
  const title = list === 'rotations' ? '交流轮岗名单' : '招聘计划';
  return { filename: `${meta.countyName}-${scenario.year}-${title}.${format}`, contentType: CONTENT_TYPES[format], body };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
