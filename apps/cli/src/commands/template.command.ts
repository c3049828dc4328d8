import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { writeTemplate } from '@junheng/import';
import { CliError } from '../cli-error';
import { fileSystemError, prepareWritableFolder } from '../writable-folder';

/** `junheng template <folder>`: empty import templates (workbook and CSV files) with the Chinese headings. */
export function registerTemplateCommand(program: Command): void {
  program
    .command('template')
    .description('写出空白导入模板（xlsx 工作簿与 CSV 文件）/ write empty import templates (xlsx workbook and CSV files)')
    .argument('<folder>', '目标文件夹，或以 .xlsx 结尾的文件路径 / target folder, or a path ending in .xlsx')
    .action(async (target: string) => {
      const workbookOnly = /\.xlsx$/i.test(target);
      if (!workbookOnly && existsSync(target) && !statSync(target).isDirectory()) {
        throw new CliError(`「${target}」是文件而不是文件夹`, `"${target}" is a file, not a folder`);
      }
      if (workbookOnly && existsSync(target) && statSync(target).isDirectory()) {
        throw new CliError(`「${target}」是文件夹而不是文件`, `"${target}" is a folder, not a file`);
      }
      // Checked before writing: the workbook writer reports some failures late or never (a path in /proc).
      prepareWritableFolder(workbookOnly ? dirname(target) : target);
      let files: string[];
      try {
        files = await writeTemplate(target);
      } catch (error) {
        throw fileSystemError(error, target) ?? error;
      }
      process.stdout.write(`已写出模板 / templates written:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
    });
}
