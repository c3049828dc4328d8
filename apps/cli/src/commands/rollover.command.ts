import type { Command } from 'commander';
import { runRollover, type RolloverOutcome } from '@junheng/db';
import { defaultPlanYear } from '@junheng/domain';
import { userInfo } from 'node:os';
import { parseYear } from '../cli-arguments';
import { loadKnownCounties } from '../county-region';
import { renderTable } from '../text-table';
import { withDatabase } from '../with-database';

interface RolloverOptions {
  county: string;
  year?: string;
  yes?: boolean;
}

/** What the rollover does (or did): one line per returning teacher. */
export function rolloverReport(outcome: RolloverOutcome): string {
  const heading = outcome.applied
    ? `学年轮转已执行 / rollover done: ${outcome.countyCode}, ${outcome.date}`
    : `学年轮转预览 / rollover preview: ${outcome.countyCode}, ${outcome.date}（未执行，加 --yes 执行 / nothing changed; add --yes to apply）`;
  const lines = [heading, `交流期满返回 / returning home: ${outcome.returns.length}`];
  if (outcome.returns.length > 0) {
    lines.push(renderTable(
      ['工号', '姓名', '任教学科', '交流学校', '返回学校', '期满日期'],
      outcome.returns.map((r) => [r.staffNo, r.name, r.subject, r.fromSchoolName, r.toSchoolName, r.rotationEnd]),
    ));
  }
  if (outcome.termsCleared.length > 0) lines.push(`仅清除期满日期（无编制学校记录）/ term cleared only: ${outcome.termsCleared.join(', ')}`);
  return lines.join('\n');
}

/** `junheng rollover --county <code> [--year <y>] [--yes]`: preview, then (with --yes) return teachers whose term ended. */
export function registerRolloverCommand(program: Command): void {
  program
    .command('rollover')
    .description('学年轮转：交流期满的教师返回编制所在学校（先预览，--yes 执行）/ year rollover: teachers whose rotation term ended return home')
    .requiredOption('--county <code>', '区县代码 / county code')
    .option('--year <year>', '学年（9月1日起），缺省下一学年 / school year starting September 1 (default: the next one)')
    .option('--yes', '执行（缺省只预览）/ apply (default: preview only)')
    .action(async (options: RolloverOptions) => {
      const year = parseYear(options.year) ?? defaultPlanYear();
      const county = options.county.trim();
      const outcome = await withDatabase(async (db) => {
        await loadKnownCounties(db.dataSource, [county]);
        return runRollover(db.dataSource, county, year, { apply: options.yes === true, username: `cli:${userInfo().username}` });
      });
      process.stdout.write(`${rolloverReport(outcome)}\n`);
    });
}
