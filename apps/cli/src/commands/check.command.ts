import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkPlan, DEFAULT_SCENARIO, type Plan, type ScenarioParameters } from '@junheng/domain';
import { CliError } from '../cli-error';
import { parseBudget } from '../cli-arguments';
import { loadKnownCounties } from '../county-region';
import { renderViolations, violationsHint } from '../plan-violations-table';
import { withDatabase } from '../with-database';

/** Violations printed on the terminal. */
const SHOWN = 50;

/** The plan file, checked for the fields the checker needs (the rest of the shape is the checker's job). */
function readPlan(path: string): Plan {
  if (!existsSync(path)) throw new CliError(`文件不存在：${path}`, `no such file: ${path}`);
  let plan: Partial<Plan>;
  try {
    plan = JSON.parse(readFileSync(path, 'utf8')) as Partial<Plan>;
  } catch (error) {
    throw new CliError(`不是有效的 JSON：${path}`, `not valid JSON: ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
  const arrays = ['rotations', 'hires', 'classSplits', 'shortfalls'] as const;
  if (
    typeof plan !== 'object' || plan === null || typeof plan.county !== 'string' || typeof plan.year !== 'number' ||
    arrays.some((key) => !Array.isArray(plan[key])) || typeof plan.cost !== 'object' || plan.cost === null
  ) {
    throw new CliError(
      `不是方案文件：需要 county、year、cost、rotations、hires、classSplits、shortfalls（由 junheng solve 写出）`,
      'not a plan file: county, year, cost, rotations, hires, classSplits and shortfalls are required (as junheng solve writes them)',
    );
  }
  return plan as Plan;
}

/** `junheng check <plan.json> [--budget <yuan>]`: the domain's plan checker on a plan file, against the database. */
export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('用数据库中的数据校验方案文件 / check a plan file against the data in the database')
    .argument('<plan.json>', 'junheng solve 写出的方案 / a plan written by junheng solve')
    .option('--budget <yuan>', '校验时的预算上限（元）/ budget cap to check against, in yuan')
    .action(async (path: string, options: { budget?: string }) => {
      const plan = readPlan(path);
      const budgetCap = parseBudget(options.budget);
      const counties = plan.counties && plan.counties.length > 0 ? plan.counties : [plan.county];
      const { data, standardSet } = await withDatabase((db) => loadKnownCounties(db.dataSource, counties));
      const scenario: ScenarioParameters = { ...DEFAULT_SCENARIO, countyCodes: counties, year: plan.year, budgetCap };
      const verdict = checkPlan(data, standardSet, scenario, plan);
      if (!verdict.passes) {
        const shown = verdict.violations.slice(0, SHOWN);
        const hint = violationsHint(verdict.violations);
        throw new CliError(
          `方案校验未通过：${verdict.violations.length} 处违反规则`,
          `plan check fails: ${verdict.violations.length} violation(s)`,
          [
            ...renderViolations(shown, data).split('\n').map((line) => `  ${line}`),
            ...(verdict.violations.length > SHOWN ? [`  …另有 ${verdict.violations.length - SHOWN} 处未列出 / ${verdict.violations.length - SHOWN} more not shown`] : []),
            ...(hint ? [hint] : []),
          ],
        );
      }
      process.stdout.write(`方案校验通过 / plan check passes: ${counties.join(', ')} ${plan.year}，交流 rotations ${plan.rotations.length}，新教师 hires ${plan.hires.reduce((n, h) => n + h.count, 0)}\n`);
    });
}
