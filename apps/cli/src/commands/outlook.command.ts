import type { Command } from 'commander';
import { defaultPlanYear, OUTLOOK_MAX_YEARS, regionOutlook } from '@junheng/domain';
import { CliError } from '../cli-error';
import { loadKnownCounties } from '../county-region';
import { outlookTable } from '../outlook-table';
import { withDatabase } from '../with-database';

interface OutlookOptions {
  county: string;
  years: string;
  json?: boolean;
}

function parseYears(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > OUTLOOK_MAX_YEARS) {
    throw new CliError(`展望年数无效：「${text}」，应为 1 到 ${OUTLOOK_MAX_YEARS} 的整数`, `invalid years "${text}": expected a whole number from 1 to ${OUTLOOK_MAX_YEARS}`);
  }
  return n;
}

/** `junheng outlook --county <code> [--years 5] [--json]`: the five-year outlook (五三一) of a county. */
export function registerOutlookCommand(program: Command): void {
  program
    .command('outlook')
    .description('五年展望：学生、班级、教室与教师需求 / five-year outlook of students, classes, classrooms and teachers')
    .requiredOption('--county <code>', '区县代码 / county code')
    .option('--years <n>', `展望年数（1–${OUTLOOK_MAX_YEARS}）/ years ahead`, String(OUTLOOK_MAX_YEARS))
    .option('--json', '输出 JSON（与 GraphQL API 同名字段）/ print JSON')
    .action(async (options: OutlookOptions) => {
      const years = parseYears(options.years);
      const code = options.county.trim();
      const { counties, data, standardSet } = await withDatabase((db) => loadKnownCounties(db.dataSource, [code]));
      const county = counties[0]!;
      // The data are this school year's; the outlook starts with the coming plan year.
      const outlook = regionOutlook(data, standardSet, { baseYear: defaultPlanYear() - 1, years });
      if (options.json) process.stdout.write(`${JSON.stringify({ county: county.code, ...outlook }, null, 2)}\n`);
      else process.stdout.write(`${outlookTable(county, outlook)}\n`);
    });
}
