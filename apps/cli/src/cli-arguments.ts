import { CliError } from './cli-error';

/** A plan year: four digits between 2000 and 2100. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) {
    throw new CliError(`年度无效：「${text}」，应为 2000 到 2100 之间的四位数`, `invalid year "${text}": expected four digits between 2000 and 2100`);
  }
  return year;
}

/** A budget in yuan: a number, never negative. */
export function parseBudget(text: string | undefined): number | null {
  if (text === undefined) return null;
  const amount = Number(text.replace(/[,_]/g, ''));
  if (text.trim() === '' || !Number.isFinite(amount) || amount < 0) {
    throw new CliError(`预算无效：「${text}」，应为不小于 0 的金额（元）`, `invalid budget "${text}": expected an amount in yuan, not negative`);
  }
  return amount;
}

/** One of a closed list of choices, case-insensitive, `-` and `_` alike. */
export function parseChoice<T extends string>(text: string | undefined, name: string, choices: Record<string, T>): T | undefined {
  if (text === undefined) return undefined;
  const choice = choices[text.trim().toLowerCase().replace(/_/g, '-')];
  if (!choice) {
    const list = Object.keys(choices).join(', ');
    throw new CliError(`${name}无效：「${text}」，可选 ${list}`, `invalid ${name} "${text}": expected one of ${list}`);
  }
  return choice;
}
