import { AuditLogEntity, documentSettingsOfRegion, loadRegionData, PlanEntity, ScenarioEntity, standardSetOfRegion } from '@junheng/db';
import { applyStandardOverrides, DocumentSettingsError, type Plan, type RotationPointsRule, type StandardOverrides } from '@junheng/domain';
import { documentFile, type DocumentFile, type DocumentName } from '@junheng/export';
import type { DataSource } from 'typeorm';
import { loadRegionScope } from '../auth/region-scope';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../errors/app-error';

/** What the office fills in when it issues a document: the 文号's serial number, the date, the notice window. */
export interface DocumentOptions {
  /** Serial number of the 文号; absent: left blank. */
  number?: string;
  /** 成文日期 YYYY-MM-DD; absent: today in China. */
  date?: string;
  noticeDays?: string;
  noticeFrom?: string;
  noticeTo?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function optionalDate(value: string | undefined, field: string): string | null {
  if (value === undefined || value === '') return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw badInput(field, `${field} must be a date YYYY-MM-DD (日期格式应为 YYYY-MM-DD)`);
  return value;
}

function optionalWhole(value: string | undefined, field: string, max: number): number | null {
  if (value === undefined || value === '') return null;
  if (!/^\d{1,6}$/.test(value) || Number(value) > max) throw badInput(field, `${field} must be a whole number up to ${max} (应为不超过${max}的整数)`);
  return Number(value);
}

/**
 * A scenario's official document (公示名单 or 交流轮岗文件) as .docx, with the issuing body and 文号
 * pattern of the scenario's county (its saved settings, else the defaults from its name). HR and ADMIN
 * only; every export is written to the audit log.
 */
export async function exportPlanDocument(ds: DataSource, viewer: Viewer, scenarioId: string, name: DocumentName, options: DocumentOptions): Promise<DocumentFile> {
  if (viewer.role !== 'HR' && viewer.role !== 'ADMIN') throw forbidden('Only HR and ADMIN export documents (仅人事股和管理员可导出公文)');
  const serial = optionalWhole(options.number, 'number', 99999);
  if (serial === 0) throw badInput('number', 'number must be 1 or more (文号序号应从1开始)');
  const date = optionalDate(options.date, 'date') ?? chinaToday();
  const noticeDays = optionalWhole(options.noticeDays, 'noticeDays', 60);
  const noticeFrom = optionalDate(options.noticeFrom, 'noticeFrom');
  const noticeTo = optionalDate(options.noticeTo, 'noticeTo');
  if (noticeFrom && noticeTo && noticeTo < noticeFrom) throw badInput('noticeTo', 'noticeTo is before noticeFrom (公示结束日期早于开始日期)');
  if (!/^[0-9a-f-]{36}$/i.test(scenarioId)) throw notFound(`Scenario ${scenarioId}`);
  const scenario = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  if (!scenario || !(await loadRegionScope(ds, viewer.regionCode)).includes(scenario.countyCode)) throw notFound(`Scenario ${scenarioId}`);
  const planRow = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  if (!planRow) throw badInput('id', 'The scenario has no plan yet (方案尚未求解)');
  const stored = planRow.body as unknown as { plan: Plan; rotationPoints?: RotationPointsRule };
  const plan = stored.plan;
  const region = await loadRegionData(ds, [scenario.countyCode]);
  const settings = await documentSettingsOfRegion(ds, scenario.countyCode);
  if (!settings) throw notFound(`Region ${scenario.countyCode}`);
  const base = (await standardSetOfRegion(ds, scenario.countyCode)).set;
  const overrides = (scenario.parameters as { overrides?: StandardOverrides | null }).overrides ?? null;
  const rules = applyStandardOverrides(base, overrides);
  let file: DocumentFile;
  try {
    file = await documentFile(name, plan, region, {
      countyName: region.counties[0]?.name ?? scenario.countyCode, year: scenario.year, issuer: settings.issuer, numberPattern: settings.numberPattern,
      // The rule the plan chose its teachers by; plans stored before it was recorded: today's rule.
      serial, date, pointsRule: stored.rotationPoints ?? rules.rotationPoints, noticeDays: noticeDays ?? undefined, noticeFrom, noticeTo,
    });
  } catch (error) {
    if (error instanceof DocumentSettingsError) throw badInput(error.field, error.message);
    throw error;
  }
  await ds.getRepository(AuditLogEntity).insert({
    username: viewer.username, action: 'EXPORT_DOCUMENT', countyCode: scenario.countyCode, target: scenarioId,
    details: { document: name, number: file.number, date, rotations: plan.rotations.length },
  });
  return file;
}
