import { documentSettingsOfRegion, PlanEntity, ScenarioEntity, standardSetOfRegion, type OpenedDatabase } from '@junheng/db';
import { applyStandardOverrides, DocumentSettingsError, type Plan, type RotationPointsRule, type StandardOverrides } from '@junheng/domain';
import { documentFile, type DocumentName } from '@junheng/export';
import { CliError } from './cli-error';
import { loadKnownCounties } from './county-region';

type DataSourceLike = OpenedDatabase['dataSource'];

export interface ScenarioDocumentFile {
  body: Buffer;
  number: string;
  countyCode: string;
  countyName: string;
  year: number;
  scenarioName: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The notice (公示名单) or the final document (交流轮岗文件) of a stored scenario's plan as .docx, with
 * the issuing body and 文号 pattern of its county (saved settings, else the defaults from its name).
 */
export async function buildScenarioDocument(
  ds: DataSourceLike, scenarioId: string, name: DocumentName, options: { serial: number | null; date: string },
): Promise<ScenarioDocumentFile> {
  const unknown = new CliError(`未知的方案 ID：${scenarioId}`, `unknown scenario id ${scenarioId}`);
  if (!UUID.test(scenarioId)) throw unknown;
  const scenario = await ds.getRepository(ScenarioEntity).findOneBy({ id: scenarioId });
  if (!scenario) throw unknown;
  const planRow = await ds.getRepository(PlanEntity).findOneBy({ scenarioId });
  const stored = planRow?.body as { plan?: Partial<Plan>; rotationPoints?: RotationPointsRule } | undefined;
  const plan = stored?.plan;
  if (!plan || !Array.isArray(plan.rotations) || !Array.isArray(plan.hires)) {
    throw new CliError(
      `方案「${scenario.name}」还没有求解结果（状态 ${scenario.status}），先运行方案再导出`,
      `scenario "${scenario.name}" has no plan yet (status ${scenario.status}): run it before exporting`,
    );
  }
  const { counties, data } = await loadKnownCounties(ds, [scenario.countyCode]);
  const countyName = counties[0]?.name ?? scenario.countyCode;
  const settings = await documentSettingsOfRegion(ds, scenario.countyCode);
  if (!settings) throw unknown;
  const overrides = (scenario.parameters as { overrides?: StandardOverrides | null }).overrides ?? null;
  const rules = applyStandardOverrides((await standardSetOfRegion(ds, scenario.countyCode)).set, overrides);
  try {
    const file = await documentFile(name, { classSplits: [], ...plan } as Plan, data, {
      countyName, year: scenario.year, issuer: settings.issuer, numberPattern: settings.numberPattern, serial: options.serial,
      // The rule the plan chose its teachers by; plans stored before it was recorded: today's rule.
      date: options.date, pointsRule: stored?.rotationPoints ?? rules.rotationPoints,
    });
    return { body: file.body, number: file.number, countyCode: scenario.countyCode, countyName, year: scenario.year, scenarioName: scenario.name };
  } catch (error) {
    if (error instanceof DocumentSettingsError) throw new CliError(error.message, error.message);
    throw error;
  }
}
