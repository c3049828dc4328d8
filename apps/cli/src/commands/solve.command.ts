import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_SCENARIO, defaultPlanYear, type ScenarioParameters, type SolveMode, type SolverBackendName } from '@junheng/domain';
import { solveRegion, SolverInputError } from '@junheng/solver';
import { CliError } from '../cli-error';
import { parseBudget, parseChoice, parseYear } from '../cli-arguments';
import { loadKnownCounties } from '../county-region';
import { planSummary } from '../plan-summary';
import { withDatabase } from '../with-database';

interface SolveOptions {
  county: string;
  budget?: string;
  year?: string;
  backend?: string;
  mode?: string;
  out?: string;
}

const BACKENDS: Record<string, SolverBackendName> = { highs: 'highs', jslp: 'jslp', auto: 'auto' };
const MODES: Record<string, SolveMode> = {
  'best-within-budget': 'BEST_WITHIN_BUDGET',
  'cheapest-full-compliance': 'CHEAPEST_FULL_COMPLIANCE',
};

/** `junheng solve --county <code> [--budget] [--year] [--backend] [--mode] [--out plan.json]`. */
export function registerSolveCommand(program: Command): void {
  program
    .command('solve')
    .description('求解配置方案（交流轮岗、新教师、增加班级）/ solve a staffing plan (rotations, hires, class splits)')
    .requiredOption('--county <code>', '区县代码 / county code')
    .option('--budget <yuan>', '年度预算上限（元），缺省不限 / yearly budget cap in yuan (default: none)')
    .option('--year <year>', '规划年度，缺省下一学年（9月1日开学）/ plan year (default: the next school year, from September 1)')
    .option('--backend <name>', 'highs | jslp | auto')
    .option('--mode <mode>', 'best-within-budget | cheapest-full-compliance')
    .option('--out <file>', '方案 JSON 文件，缺省 plan-<county>-<year>.json / plan JSON file')
    .action(async (options: SolveOptions) => {
      const year = parseYear(options.year) ?? defaultPlanYear();
      const budgetCap = parseBudget(options.budget);
      const backend = parseChoice(options.backend, '求解器 backend', BACKENDS) ?? DEFAULT_SCENARIO.backend;
      const mode = parseChoice(options.mode, '模式 mode', MODES) ?? DEFAULT_SCENARIO.mode;
      const county = options.county.trim();
      const out = options.out ?? `plan-${county}-${year}.json`;
      const { data, standardSet } = await withDatabase((db) => loadKnownCounties(db.dataSource, [county]));
      const scenario: ScenarioParameters = { ...DEFAULT_SCENARIO, countyCodes: [county], year, budgetCap, backend, mode };
      if (process.stderr.isTTY) process.stderr.write(`求解中 / solving ${data.schools.length} schools, ${data.teachers.length} teachers…\n`);
      let result;
      try {
        result = await solveRegion({ region: data, standardSet, scenario });
      } catch (error) {
        if (error instanceof SolverInputError) throw new CliError(`数据不能求解：${error.message}`, `cannot solve this data: ${error.message}`);
        throw error;
      }
      writeFileSync(out, `${JSON.stringify(result.plan, null, 2)}\n`);
      const names = new Map(data.schools.map((s) => [s.code, s.name]));
      process.stdout.write(`${planSummary(result.plan, names)}\n  方案已写入 / plan written to ${out}\n`);
    });
}
