import type { Command } from 'commander';
import { evaluateRegion } from '@junheng/domain';
import { loadKnownCounties } from '../county-region';
import { parseYear } from '../cli-arguments';
import { indicatorsReport } from '../indicators-report';
import { indicatorsTable } from '../indicators-table';
import { withDatabase } from '../with-database';

interface IndicatorsOptions {
  county: string;
  json?: boolean;
  year?: string;
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
      const { counties, data, standardSet } = await withDatabase((db) => loadKnownCounties(db.dataSource, [code]));
      const county = counties[0]!;
      const evaluation = evaluateRegion(data, standardSet);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(indicatorsReport(county.code, evaluation), null, 2)}\n`);
      } else {
        const names = new Map(data.schools.map((s) => [s.code, s.name]));
        process.stdout.write(`${indicatorsTable(county, evaluation, names, year)}\n`);
      }
    });
}
