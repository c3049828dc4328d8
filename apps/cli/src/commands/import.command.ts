import type { Command } from 'commander';
import { ImportBusyError } from '@junheng/db';
import { formatImportProblem, readRoster, writeProblemsCsv, writeRoster, type ImportProblem, type ImportProgress } from '@junheng/import';
import { CliError } from '../cli-error';
import { startProgressBar } from '../progress-bar';
import { withDatabase } from '../with-database';

/** Problems printed on the terminal; the rest go to --problems <file.csv>. */
const SHOWN = 50;

function refuse(problems: readonly ImportProblem[], problemsFile: string | undefined): never {
  if (problemsFile) writeProblemsCsv(problemsFile, problems);
  const lines = problems.slice(0, SHOWN).map((p) => `  ${formatImportProblem(p)}`);
  if (problems.length > SHOWN) {
    lines.push(problemsFile ? `  …还有 ${problems.length - SHOWN} 个问题，全部见 ${problemsFile}` : `  …还有 ${problems.length - SHOWN} 个问题（用 --problems <file.csv> 写出全部 / write them all）`);
  } else if (problemsFile) lines.push(`  全部问题已写入 / all problems written to ${problemsFile}`);
  throw new CliError(
    `导入失败：发现 ${problems.length} 个问题，数据库未作任何修改`,
    `import refused: ${problems.length} problem(s) found, nothing was written`,
    lines,
  );
}

/** `junheng import <file.xlsx|folder>`: validate everything, then replace the file's counties in one transaction. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('导入花名册（xlsx 工作簿或 CSV 文件夹），全部正确才写入 / import a roster (xlsx workbook or CSV folder), all or nothing')
    .argument('<path>', '.xlsx 工作簿或包含 schools.csv 等文件的文件夹 / .xlsx workbook or folder of CSV files')
    .option('--problems <file.csv>', '把全部问题写入 CSV 文件 / write every problem to a CSV file')
    .action(async (path: string, options: { problems?: string }) => {
      const bar = startProgressBar('读取 / reading');
      const onProgress = (p: ImportProgress): void => bar.update(p.done, p.total, p.rowsRead);
      const started = Date.now();
      let read;
      try {
        read = await readRoster(path, { onProgress });
      } finally {
        bar.stop();
      }
      if (!read.data) refuse(read.problems, options.problems);
      const data = read.data;
      if (data.schools.length === 0) {
        throw new CliError(
          `「${path}」中没有任何学校（是空白模板吗？）：请先在「学校」表中填写学校及其学段、教师，数据库未作任何修改`,
          `"${path}" holds no school (an empty template?): fill in the schools sheet first; nothing was written`,
        );
      }

      const result = await withDatabase(async (db) => {
        const writeBar = startProgressBar('写入 / writing');
        try {
          return await writeRoster(db.dataSource, data, { rowsRead: read.rowsRead, onProgress: (p) => writeBar.update(p.done, p.total, p.done) });
        } catch (error) {
          if (error instanceof ImportBusyError) {
            throw new CliError(error.message, `county ${error.countyCode} is being imported by someone else: try again when that import has finished`);
          }
          throw error;
        } finally {
          writeBar.stop();
        }
      });
      if (!result.imported) refuse(result.problems, options.problems);
      const counties = data.counties.map((c) => `${c.name}（${c.code}）`).join('、');
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        [
          `已导入 / imported: ${counties}`,
          `  学校 schools ${data.schools.length}，学段 sections ${data.sections.length}，教师 teachers ${data.teachers.length}，经费 budget lines ${data.budgets.length}，成本表 cost tables ${data.costTables.length}`,
          `  共 ${read.rowsRead} 行，用时 ${seconds} 秒 / ${read.rowsRead} rows in ${seconds} s`,
          ...read.warnings.map((w) => `  注意 / note: ${formatImportProblem(w)}`),
          '',
        ].join('\n'),
      );
    });
}
