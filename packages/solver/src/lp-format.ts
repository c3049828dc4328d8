import type { LinearModel } from './model';

/**
 * CPLEX LP names may not contain brackets or colons; `q1_min[430001:PRIMARY]` is written
 * `q1_min(430001.PRIMARY)`. Any other character outside the LP alphabet becomes `_`.
 */
export function lpName(name: string): string {
  return name.replace(/\[/g, '(').replace(/\]/g, ')').replace(/:/g, '.').replace(/>/g, '~').replace(/[^A-Za-z0-9_().#$%&!?@{}~|,;'"`]/g, '_');
}

function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(15)));
}

function linear(vars: readonly number[], coefs: readonly number[], names: readonly string[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < vars.length; i++) {
    const c = coefs[i]!;
    const sign = c < 0 ? '-' : '+';
    const abs = Math.abs(c);
    parts.push(`${parts.length === 0 && sign === '+' ? '' : sign + ' '}${abs === 1 ? '' : num(abs) + ' '}${names[vars[i]!]}`);
  }
  return parts;
}

function wrap(prefix: string, parts: string[]): string {
  const lines: string[] = [];
  let line = prefix;
  for (const p of parts) {
    if (line.length + p.length > 240) {
      lines.push(line);
      line = '   ';
    }
    line += ' ' + p;
  }
  lines.push(line);
  return lines.join('\n');
}

export interface LpFormatOptions {
  /** Write no Generals section (the LP relaxation). */
  relax?: boolean;
  /** Name columns x0, x1, ... and rows r0, r1, ... (model order): a text several times shorter for a backend
   * that reads columns and rows by position; the readable names are for export. */
  shortNames?: boolean;
}

/**
 * The model in CPLEX LP format, so that any solver can read it. Every variable is listed in the
 * objective (zero coefficients included) in model order, so that readers number columns as the model does.
 */
export function toLpFormat(model: LinearModel, options: LpFormatOptions = {}): string {
  const names = model.variables.map((v, i) => (options.shortNames ? `x${i}` : lpName(v.name)));
  const out: string[] = ['\\ Junheng allocation model', 'Minimize'];
  const objParts = model.variables.map((v, i) => {
    const c = v.cost;
    return `${c < 0 ? '-' : '+'} ${num(Math.abs(c))} ${names[i]}`;
  });
  if (objParts.length > 0) objParts[0] = objParts[0]!.replace(/^\+ /, '');
  out.push(wrap(' obj:', objParts));
  out.push('Subject To');
  model.constraints.forEach((c, r) => {
    const name = options.shortNames ? `r${r}` : lpName(c.name);
    const expr = linear(c.vars, c.coefs, names);
    if (c.lb === c.ub) out.push(wrap(` ${name}:`, [...expr, '=', num(c.lb)]));
    else {
      if (c.lb > -Infinity && c.ub < Infinity) {
        out.push(wrap(` ${name}_lo:`, [...expr, '>=', num(c.lb)]));
        out.push(wrap(` ${name}_up:`, [...expr, '<=', num(c.ub)]));
      } else if (c.lb > -Infinity) out.push(wrap(` ${name}:`, [...expr, '>=', num(c.lb)]));
      else out.push(wrap(` ${name}:`, [...expr, '<=', num(c.ub)]));
    }
  });
  out.push('Bounds');
  model.variables.forEach((v, i) => {
    const n = names[i]!;
    if (v.lb === v.ub) out.push(` ${n} = ${num(v.lb)}`);
    else if (v.ub === Infinity) out.push(v.lb === 0 ? ` ${n} >= 0` : v.lb === -Infinity ? ` ${n} free` : ` ${n} >= ${num(v.lb)}`);
    else out.push(` ${v.lb === -Infinity ? '-inf' : num(v.lb)} <= ${n} <= ${num(v.ub)}`);
  });
  const ints = options.relax ? [] : names.filter((_, i) => model.variables[i]!.integer);
  if (ints.length > 0) out.push(wrap('Generals\n', ints));
  out.push('End', '');
  return out.join('\n');
}
