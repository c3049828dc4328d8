import type { Command } from 'commander';
import { listCounties, loadRegionData } from '@junheng/db';
import { evaluateRegion, NATIONAL_STANDARD_SET } from '@junheng/domain';
import { CliError } from '../cli-error';
import { indicatorsReport } from '../indicators-report';
import { indicatorsTable } from '../indicators-table';
import { withDatabase } from '../with-database';

interface IndicatorsOptions {
  county: string;
  json?: boolean;
  year?: string;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) {
    throw new CliError(`年度无效：「${text}」，应为 2000 到 2100 之间的四位数`, `invalid year "${text}": expected four digits between 2000 and 2100`);
  }
  return year;
}

/** `junheng indicators --county <code> [--json] [--year <y>]`: every section's checks and the county balance. */
export function registerIndicatorsCommand(program: Command): void {
  program
    .command('indicators')
    .description('各学段指标达标情况与差异系数 / per-section checks and the county balance (CV)')
    .requiredOption('--county <code>', '区县代码 / county code')
    .option('--json', '输出 JSON（与 GraphQL API 同名字段，数值不取整）/ print JSON (GraphQL names, unrounded)')
    .option('--year <year>', '规划年度（显示用）/ plan year (shown in the heading)')
    .action(async (options: IndicatorsOptions) => {
      const year = parseYear(options.year);
      const code = options.county.trim();
      const { county, data } = await withDatabase(async (db) => {
        const county = (await listCounties(db.dataSource)).find((c) => c.code === code);
        if (!county) {
          throw new CliError(`未知的区县代码：${code}（先用 junheng import 或 junheng demo 导入数据）`, `unknown county code ${code} (load data first with junheng import or junheng demo)`);
        }
        return { county, data: await loadRegionData(db.dataSource, [code]) };
      });
      const evaluation = evaluateRegion(data, NATIONAL_STANDARD_SET);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(indicatorsReport(county.code, evaluation), null, 2)}\n`);
      } else {
        const names = new Map(data.schools.map((s) => [s.code, s.name]));
        process.stdout.write(`${indicatorsTable(county, evaluation, names, year)}\n`);
      }
    });
}
