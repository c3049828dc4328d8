import type { Command } from 'commander';
import { loadDemo } from '@junheng/db';
import { startProgressBar } from '../progress-bar';
import { withDatabase } from '../with-database';

/** `junheng demo [--city]`: generate the demo county (or the city of 8 counties) and load it, replacing it. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('生成并载入演示数据（替换同一区县的数据）/ generate and load the demo data (replaces those counties)')
    .option('--city', '整个演示城市（8 个区县）/ the whole demo city (8 counties)')
    .action(async (options: { city?: boolean }) => {
      const started = Date.now();
      const result = await withDatabase(async (db) => {
        const bar = startProgressBar('写入 / writing');
        const doneByTable = new Map<string, number>();
        const totals = new Map<string, number>();
        try {
          return await loadDemo(db.dataSource, {
            city: options.city === true,
            onProgress: (p) => {
              doneByTable.set(p.table, p.done);
              totals.set(p.table, p.total);
              const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
              bar.update(sum(doneByTable), sum(totals));
            },
          });
        } finally {
          bar.stop();
        }
      });
      const c = result.counts;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        [
          `已载入演示数据 / demo data loaded: ${result.countyCodes.length} 个区县 counties (${result.countyCodes.join(', ')})`,
          `  学校 schools ${c.schools}，学段 sections ${c.sections}，教师 teachers ${c.teachers}，经费 budget lines ${c.budgets}`,
          `  演示用户 demo users: ${result.users.join(', ')}`,
          `  用时 ${seconds} 秒 / ${seconds} s`,
          `  下一步 / next: npx junheng indicators --county ${result.countyCodes[0] ?? ''}`,
          '',
        ].join('\n'),
      );
    });
}
