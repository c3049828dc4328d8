import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { writeTemplate } from '@junheng/import';
import { CliError } from '../cli-error';

/** `junheng template <folder>`: empty import templates (workbook and CSV files) with the Chinese headings. */
export function registerTemplateCommand(program: Command): void {
  program
    .command('template')
    .description('写出空白导入模板（xlsx 工作簿与 CSV 文件）/ write empty import templates (xlsx workbook and CSV files)')
    .argument('<folder>', '目标文件夹，或以 .xlsx 结尾的文件路径 / target folder, or a path ending in .xlsx')
    .action(async (target: string) => {
      if (!/\.xlsx$/i.test(target) && existsSync(target) && !statSync(target).isDirectory()) {
        throw new CliError(`「${target}」是文件而不是文件夹`, `"${target}" is a file, not a folder`);
      }
      const files = await writeTemplate(target);
      process.stdout.write(`已写出模板 / templates written:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
    });
}
