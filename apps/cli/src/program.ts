import { Command } from 'commander';
import { registerCheckCommand } from './commands/check.command';
import { registerDemoCommand } from './commands/demo.command';
import { registerExportCommand } from './commands/export.command';
import { registerImportCommand } from './commands/import.command';
import { registerIndicatorsCommand } from './commands/indicators.command';
import { registerOutlookCommand } from './commands/outlook.command';
import { registerRolloverCommand } from './commands/rollover.command';
import { registerSolveCommand } from './commands/solve.command';
import { registerTemplateCommand } from './commands/template.command';
import { registerUserCommand } from './commands/user.command';

/** The `junheng` command line: every command registered on one commander program. */
export function buildProgram(): Command {
  const program = new Command('junheng')
    .description('均衡 Junheng：按国家标准在预算内配置教师 / staff every school to the national standards within budget')
    .showHelpAfterError('（用 --help 查看用法 / see --help）')
    .exitOverride();
  registerDemoCommand(program);
  registerImportCommand(program);
  registerTemplateCommand(program);
  registerIndicatorsCommand(program);
  registerSolveCommand(program);
  registerCheckCommand(program);
  registerExportCommand(program);
  registerUserCommand(program);
  registerRolloverCommand(program);
  registerOutlookCommand(program);
  return program;
}
