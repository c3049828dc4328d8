import type { Command } from 'commander';

/** `junheng demo [--city]`: generate and load the demo county (or city). */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('生成并载入演示数据 / generate and load the demo data')
    .option('--city', '整个演示城市（8 个区县）/ the whole demo city (8 counties)')
    .action(async () => {
      throw new Error('demo: waiting for the generator of @junheng/db');
    });
}
