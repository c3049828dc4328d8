import { AuditLogEntity, decodeStoredPlan, PlanEntity, ScenarioEntity, type OpenedDatabase } from '@junheng/db';
import { type MultiYearPlan, type Plan, planOfYear, PlanYearNotInPlanError } from '@junheng/domain';
import { listFile, type ListName } from '@junheng/export';
import { CliError } from './cli-error';
import { loadKnownCounties } from './county-region';

type DataSourceLike = OpenedDatabase['dataSource'];

export type ExportListName = ListName;
export type ExportFormat = 'xlsx' | 'csv';

export interface ScenarioListFile {
  body: Buffer;
  rows: number;
  countyCode: string;
  countyName: string;
  year: number;
  scenarioName: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STORED_PLAN_ARRAYS = ['rotations', 'hires'] as const;

function unknownScenario(id: string): CliError {
  return new CliError(`未知的方案 ID：${id}`, `unknown scenario id ${id}`);
}

/**
 * HR's list (rotation list, hiring list, post-transfer list or recall list) of a stored scenario's plan, as file bytes. The names,
 * subjects and schools come from the county's current data; national ID numbers are never part of it. A multi-year plan's
 * lists are per year: `year` (default the first year) picks it; a year the plan does not span is refused, naming its years.
 */
export async function buildScenarioList(ds: DataSourceLike, scenarioId: string, list: ExportListName, format: ExportFormat, year?: number): Promise<ScenarioListFile> {
  if (!UUID.test(scenarioId)) throw unknownScenario(scenarioId);
  const scenario = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  if (!scenario) throw unknownScenario(scenarioId);
  const planRow = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  const stored = planRow ? (() => {
    try {
      return decodeStoredPlan(planRow.body);
    } catch {
      return undefined;
    }
  })() : undefined;
  const plan: Partial<Plan> | undefined = stored?.plan;
  if (!plan || STORED_PLAN_ARRAYS.some((key) => !Array.isArray(plan[key]))) {
    throw new CliError(
      `方案「${scenario.name}」还没有求解结果（状态 ${scenario.status}），先运行方案再导出`,
      `scenario "${scenario.name}" has no plan yet (status ${scenario.status}): run it before exporting`,
    );
  }
  let yearPlan: Plan;
  try {
    yearPlan = planOfYear(plan as Plan, stored!.multiYear as MultiYearPlan | undefined, year).plan;
  } catch (error) {
    if (!(error instanceof PlanYearNotInPlanError)) throw error;
    const years = error.planYears.join('、');
    throw new CliError(`方案「${scenario.name}」没有 ${error.year} 年的计划，方案的年份为 ${years}`, `scenario "${scenario.name}" has no year ${error.year}; its years are ${error.planYears.join(', ')}`);
  }
  const { counties, data } = await loadKnownCounties(ds, [scenario.countyCode]);
  const countyName = counties[0]?.name ?? scenario.countyCode;
  const meta = { countyName, year: yearPlan.year, scenarioName: scenario.name };
  const file = await listFile(list, format, yearPlan, data, meta);
  return { body: file.body, rows: file.rows, countyCode: scenario.countyCode, countyName, year: yearPlan.year, scenarioName: scenario.name };
}

/** One audit-log row per export (who, when, what), as the API writes for its downloads. */
export async function recordExport(
  ds: DataSourceLike,
  username: string,
  scenarioId: string,
  countyCode: string,
  details: { list: ExportListName; format: ExportFormat; rows: number; year?: number; via: 'cli' },
): Promise<void> {
  await ds.getRepository(AuditLogEntity).insert({ username: username.slice(0, 64), action: 'EXPORT_LIST', countyCode, target: scenarioId, details });
}
