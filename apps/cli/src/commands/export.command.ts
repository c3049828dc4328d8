import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AuditLogEntity } from '@junheng/db';
import { CliError } from '../cli-error';
import { parseChoice, parseYear } from '../cli-arguments';
import { buildScenarioDocument } from '../scenario-document-export';
import { buildScenarioList, recordExport, type ExportFormat, type ExportListName } from '../scenario-list-export';
import { withDatabase } from '../with-database';

interface ExportOptions {
  scenario: string;
  format: string;
  list?: string;
  out: string;
  number?: string;
  date?: string;
  year?: string;
}

type DocumentList = 'notice' | 'rotation-document';
const FORMATS: Record<string, ExportFormat | 'docx'> = { xlsx: 'xlsx', csv: 'csv', docx: 'docx' };
const LISTS: Record<string, ExportListName | DocumentList> = { rotations: 'rotations', hires: 'hires', 'post-transfers': 'post-transfers', recalls: 'recalls', notice: 'notice', 'rotation-document': 'rotation-document' };
const DOCUMENT_ZH: Record<DocumentList, string> = { notice: '交流轮岗公示名单', 'rotation-document': '交流轮岗文件' };

function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** --number (the 文号's serial, 1-99999) and --date (成文日期, YYYY-MM-DD; default today in China). */
function documentOptions(options: ExportOptions): { serial: number | null; date: string } {
  const n = options.number?.trim();
  if (n !== undefined && (!/^\d{1,5}$/.test(n) || Number(n) < 1)) throw new CliError(`文号序号无效：「${options.number}」，应为1至99999的整数`, `invalid --number "${options.number}": expected a whole number from 1 to 99999`);
  const date = options.date?.trim() ?? chinaToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new CliError(`成文日期无效：「${options.date}」，应为 YYYY-MM-DD`, `invalid --date "${options.date}": expected YYYY-MM-DD`);
  return { serial: n === undefined ? null : Number(n), date };
}

async function exportDocument(scenarioId: string, list: DocumentList, options: ExportOptions): Promise<void> {
  const opts = documentOptions(options);
  const out = options.out;
  const file = await withDatabase(async (db) => {
    const built = await buildScenarioDocument(db.dataSource, scenarioId, list, opts);
    try {
      writeFileSync(out, built.body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(`无法写入文件：${out}（${reason}）`, `cannot write ${out} (${reason})`);
    }
    await db.dataSource.getRepository(AuditLogEntity).insert({
      username: osUsername().slice(0, 64), action: 'EXPORT_DOCUMENT', countyCode: built.countyCode, target: scenarioId,
      details: { document: list, number: built.number, date: opts.date, via: 'cli' },
    });
    return built;
  });
  process.stdout.write(`已导出 / exported: ${file.countyName}（${file.countyCode}）${file.year}年 ${DOCUMENT_ZH[list]} ${file.number}（方案：${file.scenarioName}），DOCX, ${file.body.length} bytes -> ${out}\n`);
}
const LIST_ZH: Record<ExportListName, string> = { rotations: '交流轮岗名单', hires: '新教师招聘计划', 'post-transfers': '编制调剂表', recalls: '借调返校名单' };

/** The operating-system user running the CLI, for the audit log. */
function osUsername(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/**
 * `junheng export --scenario <id> --format xlsx|csv [--list rotations|hires|post-transfers|recalls] [--year 2028] --out <file>`: HR's list of a solved
 * scenario (of a multi-year plan: the year given, default its first);
 * `--format docx --list notice|rotation-document [--number 12] [--date 2027-08-20]`: the notice (公示名单) or the final document (交流轮岗文件).
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('导出方案的人事名单（交流轮岗名单、招聘计划、编制调剂表或借调返校名单）或公文（公示名单、交流轮岗文件），不含身份证号 / export a scenario\'s HR list or official document, never ID numbers')
    .requiredOption('--scenario <id>', '方案 ID / scenario id')
    .requiredOption('--format <format>', 'xlsx | csv（CSV 为带 BOM 的 UTF-8 / UTF-8 with BOM）| docx（公文 / official document）')
    .option('--list <list>', 'rotations（交流轮岗名单，缺省 / default）| hires（招聘计划）| post-transfers（编制调剂表）| recalls（借调返校名单）| notice（公示名单，docx）| rotation-document（交流轮岗文件，docx）')
    .requiredOption('--out <file>', '输出文件 / output file')
    .option('--year <year>', '多年方案的年份，缺省为第一年 / the year of a multi-year plan (default: its first year)')
    .option('--number <n>', '公文文号的序号，如 12 → 道教发〔2027〕12号；缺省留空 / the 文号 serial number (default: left blank)')
    .option('--date <YYYY-MM-DD>', '成文日期，缺省为今天 / the document date (default: today)')
    .action(async (options: ExportOptions) => {
      const format = parseChoice(options.format, '格式 format', FORMATS)!;
      const chosen = parseChoice(options.list, '名单 list', LISTS) ?? (format === 'docx' ? 'rotation-document' : 'rotations');
      const scenarioId = options.scenario.trim();
      const out = options.out;
      if (out.trim() === '') throw new CliError('输出文件名不能为空', 'the output file name is empty');
      const isDocument = chosen === 'notice' || chosen === 'rotation-document';
      if (isDocument !== (format === 'docx')) {
        throw new CliError('公文（notice、rotation-document）只能导出为 docx，名单只能导出为 xlsx 或 csv', 'documents (notice, rotation-document) export as docx only, lists as xlsx or csv');
      }
      if (isDocument && options.year !== undefined) {
        throw new CliError('公文（公示名单、交流轮岗文件）按方案第一年导出，不接受 --year', 'documents (notice, rotation-document) are of the plan\'s first year: --year applies to lists only');
      }
      if (isDocument || format === 'docx') return exportDocument(scenarioId, chosen as DocumentList, options);
      const list = chosen;
      const year = parseYear(options.year);
      const file = await withDatabase(async (db) => {
        const built = await buildScenarioList(db.dataSource, scenarioId, list, format, year);
        try {
          writeFileSync(out, built.body);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new CliError(`无法写入文件：${out}（${reason}）`, `cannot write ${out} (${reason})`);
        }
        await recordExport(db.dataSource, osUsername(), scenarioId, built.countyCode, { list, format, rows: built.rows, year: built.year, via: 'cli' });
        return built;
      });
      process.stdout.write(
        `已导出 / exported: ${file.countyName}（${file.countyCode}）${file.year}年 ${LIST_ZH[list]}（方案：${file.scenarioName}）` +
          `，${file.rows} 行 / ${file.rows} rows, ${format.toUpperCase()}, ${file.body.length} bytes -> ${out}\n`,
      );
    });
}
