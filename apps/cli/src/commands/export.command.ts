import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { CliError } from '../cli-error';
import { parseChoice } from '../cli-arguments';
import { buildScenarioList, recordExport, type ExportFormat, type ExportListName } from '../scenario-list-export';
import { withDatabase } from '../with-database';

interface ExportOptions {
  scenario: string;
  format: string;
  list?: string;
  out: string;
}

const FORMATS: Record<string, ExportFormat> = { xlsx: 'xlsx', csv: 'csv' };
const LISTS: Record<string, ExportListName> = { rotations: 'rotations', hires: 'hires', 'post-transfers': 'post-transfers', recalls: 'recalls' };
const LIST_ZH: Record<ExportListName, string> = { rotations: '交流轮岗名单', hires: '新教师招聘计划', 'post-transfers': '编制调剂表', recalls: '借调返校名单' };

/** The operating-system user running the CLI, for the audit log. */
function osUsername(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** `junheng export --scenario <id> --format xlsx|csv [--list rotations|hires|post-transfers|recalls] --out <file>`: HR's list of a solved scenario. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('导出方案的人事名单（交流轮岗名单、招聘计划、编制调剂表或借调返校名单，不含身份证号）/ export a scenario\'s HR list (rotations, hires, post transfers or recalls, never ID numbers)')
    .requiredOption('--scenario <id>', '方案 ID / scenario id')
    .requiredOption('--format <format>', 'xlsx | csv（CSV 为带 BOM 的 UTF-8 / UTF-8 with BOM）')
    .option('--list <list>', 'rotations（交流轮岗名单，缺省 / default）| hires（招聘计划）| post-transfers（编制调剂表）| recalls（借调返校名单）')
    .requiredOption('--out <file>', '输出文件 / output file')
    .action(async (options: ExportOptions) => {
      const format = parseChoice(options.format, '格式 format', FORMATS)!;
      const list = parseChoice(options.list, '名单 list', LISTS) ?? 'rotations';
      const scenarioId = options.scenario.trim();
      const out = options.out;
      if (out.trim() === '') throw new CliError('输出文件名不能为空', 'the output file name is empty');
      const file = await withDatabase(async (db) => {
        const built = await buildScenarioList(db.dataSource, scenarioId, list, format);
        try {
          writeFileSync(out, built.body);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new CliError(`无法写入文件：${out}（${reason}）`, `cannot write ${out} (${reason})`);
        }
        await recordExport(db.dataSource, osUsername(), scenarioId, built.countyCode, { list, format, rows: built.rows, via: 'cli' });
        return built;
      });
      process.stdout.write(
        `已导出 / exported: ${file.countyName}（${file.countyCode}）${file.year}年 ${LIST_ZH[list]}（方案：${file.scenarioName}）` +
          `，${file.rows} 行 / ${file.rows} rows, ${format.toUpperCase()}, ${file.body.length} bytes -> ${out}\n`,
      );
    });
}
